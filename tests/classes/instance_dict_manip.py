class C:
    x = 'class x'
c = C()
print(c.__dict__, c.x)
c.__dict__['x'] = 'instance x'
print(c.x, C.x)
c.__dict__.update(a=1, b=2)
print(sorted(c.__dict__), c.a + c.b)
del c.__dict__['x']
print(c.x)
c.__dict__.clear()
print(c.__dict__, hasattr(c, 'a'))
d = C()
d.__dict__ = {'replaced': True}
print(d.replaced)
try:
    d.__dict__ = 5
except TypeError as e:
    print(type(e).__name__)
print(vars(d) is d.__dict__)
class Counted:
    n = 0
    def __init__(self):
        type(self).n += 1
class Sub(Counted):
    pass
Counted(); Sub(); Sub()
print(Counted.n, Sub.n)
print('n' in Sub.__dict__, 'n' in Counted.__dict__)
