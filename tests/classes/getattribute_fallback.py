class A:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == 'blocked':
            raise AttributeError('blocked by getattribute')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'getattr(%s)' % name
a = A()
print(a.x, a.blocked, a.missing)
class B:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return 'never'
try:
    B().anything
except KeyError as e:
    print('KeyError not converted', e)
class Counter:
    def __init__(self):
        object.__setattr__(self, 'hits', {})
    def __getattribute__(self, name):
        hits = object.__getattribute__(self, 'hits')
        hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def method(self):
        return 'm'
c = Counter()
c.method(); c.method(); c.hits
print(sorted(object.__getattribute__(c, 'hits').items()))
print(getattr(a, 'blocked'), hasattr(a, 'anything'))
