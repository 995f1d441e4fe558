class C:
    a = 1
    def m(self):
        pass
    @property
    def p(self):
        return 1
    @property
    def bad(self):
        raise AttributeError('inside property')
    @property
    def worse(self):
        raise ValueError('not attr error')
c = C()
print(hasattr(c, 'a'), hasattr(c, 'm'), hasattr(c, 'p'), hasattr(c, 'zz'), hasattr(C, 'p'), hasattr(c, 'bad'))
try:
    hasattr(c, 'worse')
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(5, 'real'), hasattr('s', 'upper'), hasattr([], 'nope'), hasattr(None, '__class__'), hasattr(len, '__name__'))
try:
    hasattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c)
except TypeError as e:
    print(type(e).__name__)
class G:
    def __getattr__(self, n):
        if n == 'dyn':
            return 1
        raise AttributeError(n)
print(hasattr(G(), 'dyn'), hasattr(G(), 'other'))
