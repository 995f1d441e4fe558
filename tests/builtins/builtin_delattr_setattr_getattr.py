class C:
    cls_attr = 'class'
c = C()
setattr(c, 'x', 1)
print(getattr(c, 'x'), c.x, getattr(c, 'cls_attr'), getattr(c, 'nope', None), getattr(C, 'cls_attr'))
setattr(c, 'with space', 'odd')
print(getattr(c, 'with space'), vars(c))
delattr(c, 'x')
print(hasattr(c, 'x'), getattr(c, 'x', 'gone'))
try:
    delattr(c, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
for bad in (1, None, b'x'):
    try:
        getattr(c, bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        setattr(c, bad, 1)
    except TypeError as e:
        print(type(e).__name__)
    try:
        delattr(c, bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(C, 'nothing')
except AttributeError as e:
    print(type(e).__name__)
setattr(C, 'added', lambda self: 'method added')
print(c.added())
delattr(C, 'added')
print(hasattr(c, 'added'))
print(getattr([], 'append').__name__, getattr('abc', 'upper')(), getattr(str, 'lower')('ABC'))
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__)
print(getattr(c, 'missing', 0) + 1)
