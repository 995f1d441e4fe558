# Brackets, numbers, strings and comments at the lexer's edges: the values that compile, and
# where each mistake is reported.
def report(src):
    try:
        code = compile(src, "<s>", "exec")
        ns = {}
        exec(code, ns)
        print(repr(src), "ok", ns.get("x"))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset)


for src in [
    # Brackets closed by the wrong kind, on the same line and on another.
    "x = (1]", "x = (1}", "x = [1)", "x = [1}", "x = {1)", "x = {1]", "x = (\n1]",
    "x = [\n1)", "x = {\n1]", "x = ([{}])", "x = 1)", "x = 1]", "x = 1}", "x = ((1)",
    # Numbers: a fraction or an exponent makes leading zeros fine.
    "x = 00.5", "x = 00e1", "x = 00.0e0_1", "x = 0_0", "x = 00", "x = 01", "x = 0_1",
    "x = 007.5", "x = 1_000.0_1e1_0", "x = 1e+", "x = 1e-2", "x = 1.e3", "x = .5e1",
    "x = 1__0", "x = 1.0_", "x = 09.5j", "x = 0e", "x = 0.5e+1_0",
    # Numbers followed right away by a letter (CPython only warns if it starts a keyword that
    # may follow a number: tests/unit/test_parse.c has those).
    "x = 1ab", "x = 0x1fg", "x = 1_if", "x = 0o7j",
    # Strings: escaped line breaks in one-line and triple-quoted strings, CR LF line breaks.
    "x = 'a\\\nb'", "x = '''a\\\nb'''", "x = 'a\\\r\nb'", "x = '''a\r\nb'''",
    "x = 'a\\\n", "x = '''a\\\n", "x = 'a\\'", "x = 'a\\\\'", "x = '\\\\\\\n'",
    # Comments before the first statement of a block and between lines.
    "if 1:\n    # c\n  # d\n    x = 2", "x = 3 # c\n# d\n\n", "#\nif 1:\n #\n x = 4\n #",
    # Call arguments separated wrongly.
    "x = int(1 2)", "x = max(1, 2,)", "x = dict(a=1 b=2)", "x = max(1,, 2)",
]:
    report(src)
