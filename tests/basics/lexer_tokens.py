# Every operator and delimiter token, every keyword and names that are nearly keywords, and the
# lexical errors at brackets and stray characters.
a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b)
print(a < b, a > b, a == b, a != b, a <= b, a >= b, ~a, -a, +a)
x = 5
x += 1; x -= 2; x *= 3; x //= 2; x %= 4; x **= 3; x <<= 2; x >>= 1; x &= 7; x |= 8; x ^= 3
print(x)
y = 9.0
y /= 2
print(y, [1, 2][1:], {1: 2}[1], (1,), ...)
class M:
    def __matmul__(self, o):
        return "matmul"
    def __imatmul__(self, o):
        return "imatmul"
m = M()
print(m @ m)
m @= m
print(m)
def f(p: int = 1) -> str:
    return str(p)
print(f(), f.__annotations__)
if (n := 3) > 2:
    print("walrus", n)
print(None, True, False, not None, a is not b, 2 and 3, 0 or 4)
for name in ["iff", "Fals", "Nonee", "_if", "yield_", "async_", "await2", "classs", "d", "el",
             "elsewhere", "finallyy", "lambda_", "passs", "w", "withh", "zz", "Z", "A"]:
    exec(name + " = 1")
    print(name, eval(name))
for kw in ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
           "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
           "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
           "return", "try", "while", "with", "yield"]:
    try:
        compile(kw + " = 1", "<s>", "exec")
        print(kw, "assignable")
    except SyntaxError as e:
        print(kw, "SyntaxError", e.lineno)
for src in ["(]", "[)", "{)", "(\n]", ")", "]", "}", "a $ b", "a ? b", "a ! b", "a !b",
            "`a`", "f(1, 2", "[1,\n2", "x = {", "1.2.3", "1__0", "0x", "0b2", "09",
            "1e+", "a = 1\n  b = 2", "if 1:\nx", "a->b", "a .. b", "a :== b"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno, e.offset)
