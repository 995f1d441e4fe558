# exceptions propagate through calls until a handler
def a(n):
    return b(n) + 1


def b(n):
    return c(n) * 2


def c(n):
    if n < 0:
        raise ValueError('negative')
    return 10 // n


for n in [5, 0, -1]:
    try:
        print(a(n))
    except ValueError as e:
        print('ValueError', e)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)


def cleanup_chain(n):
    try:
        if n == 0:
            raise KeyError('zero')
        return cleanup_chain(n - 1)
    finally:
        print('unwind', n)


try:
    cleanup_chain(3)
except KeyError as e:
    print('caught', e)
