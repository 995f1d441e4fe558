# A complex literal in a pattern is real + imaginary: the lexer's number type decides which
# side is which, and both wrong orders are SyntaxErrors.


def check(src):
    try:
        compile(src, "m.py", "exec")
    except SyntaxError as e:
        return type(e).__name__, e.msg, e.lineno, e.offset
    return None


for pat in ["1j + 2", "-1J - 2j", "1 + 2", "1.5 - 0x10", "-2 + 3.0", "1 + 2j", "-1.5 - 0J", "1e3 + 1e-3j"]:
    print(pat, check("match x:\n    case " + pat + ":\n        pass\n"))


def f(x):
    match x:
        case -1.5 - 2j:
            return "a"
        case 1e3 + 1e-3j:
            return "b"
        case 0 + 0j:
            return "zero"
    return None


print(f(-1.5 - 2j), f(1000 + 0.001j), f(0), f(1j))
