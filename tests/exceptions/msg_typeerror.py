five = 5
abc = 'abc'
def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [1] + (2,))
show(lambda: 1 < 'a')
show(lambda: [] < {})
show(lambda: None + 1)
show(lambda: -'a')
show(lambda: ~1.5)
show(lambda: len(5))
show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: {}[[]])
show(lambda: abc[None])
lst = [1, 2]
show(lambda: lst['x'])
tup = (1, 2)
show(lambda: tup[1.0])
show(lambda: five())
show(lambda: abc())
show(lambda: 'a'.center(5, 'xy'))
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: int([1]))
show(lambda: 'a' * 'b')
show(lambda: 'a' * 2.0)
show(lambda: [1] * [2])
show(lambda: 3 ** 'x')
show(lambda: 'x' % 5 if False else 'x %d' % 'y')
show(lambda: abs('x'))
show(lambda: sorted([1, 'a']))
show(lambda: ''.join([1, 2]))
show(lambda: 'abc'.startswith(1))
show(lambda: divmod('a', 1))
s = 'abc'
t = (1, 2)
def item_assign():
    s[0] = 'z'
show(item_assign)
def item_del():
    del t[0]
show(item_del)
