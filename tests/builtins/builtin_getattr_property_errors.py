class C:
    @property
    def attr_err(self):
        raise AttributeError('inner attr error')
    @property
    def key_err(self):
        raise KeyError('inner key error')
    def __getattr__(self, n):
        return 'fallback ' + n
c = C()
print(c.attr_err)
print(getattr(c, 'attr_err', 'default'))
try:
    getattr(c, 'key_err', 'default')
except KeyError as e:
    print('KeyError propagates through getattr default', e)
class D:
    @property
    def attr_err(self):
        raise AttributeError('no fallback')
print(getattr(D(), 'attr_err', 'default used'), hasattr(D(), 'attr_err'))
try:
    D().attr_err
except AttributeError as e:
    print(e)
print(getattr(D, 'attr_err').__class__.__name__)
print(getattr(1, 'real'), getattr('s', '__len__')(), getattr(type, '__name__'))
