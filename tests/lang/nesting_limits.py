# Brackets and indentation nest as deep as CPython allows (199 open brackets, 99 indented
# blocks) and one more is the same error as CPython's. The lexer keeps the first 16 levels in
# place and moves to the heap past them, so the depths around each doubling are tried too.


def try_compile(label, src):
    try:
        code = compile(src, "<nest>", "exec")
        ns = {}
        exec(code, ns)
        print(label, "ok", ns.get("x"))
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)


for n in [1, 15, 16, 17, 31, 32, 33, 64, 65, 128, 129, 198, 199, 200, 201]:
    try_compile("parens %d" % n, "x = " + "(" * n + "1" + ")" * n + "\n")
    try_compile("brackets %d" % n, "x = len(str(" + "[" * n + "]" * n + "))\n")
for n in [1, 15, 16, 17, 31, 32, 33, 64, 65, 98, 99, 100, 101]:
    lines = []
    for i in range(n):
        lines.append(" " * i + "if True:")
    lines.append(" " * n + "x = %d" % n)
    try_compile("indent %d" % n, "\n".join(lines) + "\n")
# Dedenting from deep levels back to the top, twice, after the stacks grew.
src = []
for rep in range(2):
    for i in range(40):
        src.append("\t" * i + "if True:")
    src.append("\t" * 40 + "x = %d" % rep)
print(try_compile("dedent twice", "\n".join(src) + "\n"))
# An unclosed bracket deep inside is reported where it opened.
try_compile("unclosed", "x = (" + "[" * 40 + "\n")
try_compile("mismatched", "x = " + "(" * 20 + "]" + "\n")
