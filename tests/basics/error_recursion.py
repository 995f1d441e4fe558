# unbounded recursion raises RecursionError, which can be caught
def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError:
    print('RecursionError caught')


def g():
    return g()


try:
    g()
except RuntimeError:
    print('caught as RuntimeError')


def countdown(n):
    if n == 0:
        return 'done'
    return countdown(n - 1)


print(countdown(100))
try:
    f(0)
except RecursionError:
    print('RecursionError caught again')
print('still running')
