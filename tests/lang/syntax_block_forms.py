# Compound statement headers and blocks, simple statements with lists of names or targets, and
# the one-character escapes: what compiles, and where each mistake is reported.
def report(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset)


for src in [
    "if x:\n pass\nelif y:\n pass\nelse:\n pass",
    "if x\n pass", "if x:\npass", "if x: pass\nelif y\n pass", "if x: pass\nelif y:\npass",
    "if x: pass\nelse\n pass", "if x: pass\nelse:\npass", "if x: pass\nelse pass",
    "while x\n pass", "while x:\npass", "while x: pass\nelse:\npass",
    "for a in b\n pass", "for a in b:\npass", "for a in b: pass\nelse:\n\npass",
    "try\n pass", "try:\npass", "try: pass\nexcept:\npass",
    "try: pass\nexcept E as e\n pass", "try: pass\nfinally\n pass", "try: pass\nfinally:\npass",
    "try: pass\nexcept: pass\nelse:\npass", "try: pass\nexcept: pass\nelse pass",
    "try:\n pass\nexcept E:\n pass\nelse:\n pass\nfinally:\n pass", "try: pass",
    "with a\n pass", "with a:\npass", "with a as b, c as d: pass",
    "def f()\n pass", "def f():\npass", "def f() -> int\n pass", "def f(): pass",
    "class C\n pass", "class C:\npass", "class C(B)\n pass", "class C(B): pass",
    "pass; break", "while 1: break; continue", "pass pass", "break 1",
    "global a, b", "global a,", "global", "global a b", "nonlocal a, b",
    "del a, b.c, d[0], (e, f), [g]", "del a,", "del", "del a b", "del (a, 1)", "del f()",
    "del *a", "del a, *b", "x = 1; del x;",
]:
    report(src)

print(list("\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v".encode()))
print(list(b"\\ \' \" \a \b \f \n \r \t \v"))
print("\101\x41\u0041\U00000041\N{LATIN SMALL LETTER A}", b"\101\x41", "a\
b", r"\n\t", rb"\a")
