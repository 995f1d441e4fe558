# SyntaxWarning for `is` and `is not` with a literal (the result depends on which objects the
# implementation shares), shown through the warnings module as CPython shows it: file, line,
# message and the source line, each time, before the program runs.
x = 5
print(x is 5)
print(x is not 5.0, x is None, x is True, x is ...)
print(x is -1, x is (), x is (1, 2), x is (None,), x is "s", x is b"b", x is not 'a')
print(x is [], x is {}, x is f"a", x is 1 is 2)
print(1 is x, () is not x)
print(x == 1 is x)
def f():
    return x is 100
print(f())
y = (x is
     3)
