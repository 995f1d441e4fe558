# getattr, setattr, hasattr with names held in strings
class Config:
    debug = False

    def __init__(self):
        self.level = 1


c = Config()
for name in ['debug', 'level', 'missing']:
    print(name, hasattr(c, name), getattr(c, name, None))
setattr(c, 'level', 5)
setattr(c, 'extra', 'yes')
print(c.level, c.extra)
setattr(Config, 'debug', True)
print(c.debug, Config().debug)
try:
    getattr(c, 'missing')
except AttributeError:
    print('AttributeError')
m = getattr(c, '__init__')
print(callable(m))
print(getattr([1, 2], 'count')(2))
print(hasattr('s', 'upper'), hasattr('s', 'nope'))
fields = ['a', 'b', 'c']
for i in range(len(fields)):
    setattr(c, fields[i], i * 10)
print(c.a, c.b, c.c)
