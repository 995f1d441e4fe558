x = 'module'
def f():
    y = 'local'
    loc = locals()
    return sorted(loc.items())
print(f())
def g(a, b=2):
    c = a + b
    return sorted(locals())
print(g(1))
print(globals()['x'])
globals()['created'] = 'via globals()'
print(created)
print(locals() is globals())
def h():
    return 'x' in globals(), 'x' in locals()
print(h())
class C:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
def closure():
    v = 1
    def inner():
        return sorted(locals().items())
    def inner2():
        v
        return sorted(locals().items())
    return inner(), inner2()
print(closure())
ns = {}
exec('a = 1\nb = a + 1\nc = [a, b]', ns)
print(ns['c'], '__builtins__' in ns)
ns2 = {'val': 10}
exec('val += 5', ns2)
print(ns2['val'])
print(eval('val * 2', ns2))
def modify_locals():
    a = 1
    locals()['a'] = 2
    return a
print(modify_locals())
print(type(globals()).__name__)
print(vars() is globals())
print(eval('__name__'))
