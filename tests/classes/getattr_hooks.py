class Dyn:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return 'dynamic ' + name[4:]
        raise AttributeError(name)
d = Dyn()
print(d.real)
print(d.dyn_x, d.dyn_hello)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, 'dyn_q'), getattr(d, 'nope', 'default'))
print(hasattr(d, 'dyn_'), hasattr(d, 'missing'))
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('get ' + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        self.log.append('set %s=%r' % (name, v))
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
    def method(self):
        return 'm'
lg = Logged()
lg.a = 1
lg.a
lg.method()
del lg.a
try:
    lg.a
except AttributeError:
    pass
print(lg.log)
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from getattribute')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
b = Both()
print(b.boom, b.nothing)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, n):
        return getattr(self._t, n)
    def __setattr__(self, n, v):
        setattr(self._t, n, v)
class Target:
    pass
t = Target()
p = Proxy(t)
p.x = 5
print(t.x, p.x)
print(Proxy([3, 1, 2]).count(1))
class NoSet:
    def __setattr__(self, n, v):
        raise AttributeError('immutable')
try:
    NoSet().a = 1
except AttributeError as e:
    print(e)
