class Config:
    defaults = {'debug': False, 'level': 1}
    def __init__(self, **kw):
        self.settings = dict(self.defaults)
        self.settings.update(kw)
    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        if name == 'settings':
            object.__setattr__(self, name, value)
        else:
            self.settings[name] = value
    def __delattr__(self, name):
        del self.settings[name]
c = Config(level=3)
print(c.debug, c.level)
c.debug = True
c.new = 'added'
print(sorted(c.settings.items()))
del c.new
print(hasattr(c, 'new'), 'settings' in vars(c), sorted(vars(c)))
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e, e.__suppress_context__)
print(getattr(c, 'level'), getattr(c, 'nope', 'dflt'))
