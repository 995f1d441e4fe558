# arguments are evaluated left to right, before the call
def show(tag, v):
    print('eval', tag)
    return v


def f(a, b, c):
    print('in f', a, b, c)


f(show('a', 1), show('b', 2), show('c', 3))
f(c=show('c', 3), a=show('a', 1), b=show('b', 2))
x = [show('list0', 0), show('list1', 1)]
d = {show('k', 'key'): show('v', 'val')}
print(x, d)
print(show('left', 1) + show('right', 2))
