class BadInit:
    def __init__(self):
        raise ValueError('init boom')
try:
    BadInit()
except ValueError as e:
    print(e)
class BadEq:
    def __eq__(self, o):
        raise TypeError('eq boom')
    __hash__ = object.__hash__
try:
    [BadEq()].index(1)
except TypeError as e:
    print('index:', e)
try:
    BadEq() in [1, 2]
except TypeError as e:
    print('in:', e)
b = BadEq()
print(b in [b])
class BadHash:
    def __hash__(self):
        raise RuntimeError('hash boom')
try:
    {BadHash(): 1}
except RuntimeError as e:
    print('dict:', e)
try:
    BadHash() in {1: 2}
except RuntimeError as e:
    print('lookup:', e)
class BadIter:
    def __iter__(self):
        raise KeyError('iter boom')
try:
    list(BadIter())
except KeyError as e:
    print('list:', e)
try:
    for x in BadIter():
        pass
except KeyError as e:
    print('for:', e)
class BadLen:
    def __len__(self):
        raise IndexError('len boom')
try:
    bool(BadLen())
except IndexError as e:
    print('bool:', e)
class BadRepr:
    def __repr__(self):
        raise ValueError('repr boom')
try:
    print([BadRepr()])
except ValueError as e:
    print('repr in list:', e)
try:
    '%r' % (BadRepr(),)
except ValueError as e:
    print('percent r:', e)
class BadGetattr:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    BadGetattr().x
except KeyError as e:
    print('getattr raised KeyError', e)
print(hasattr(BadGetattr(), 'x') if False else 'skip hasattr')
try:
    hasattr(BadGetattr(), 'y')
except KeyError as e:
    print('hasattr propagates non-AttributeError', e)
class BadLt:
    def __lt__(self, o):
        raise ArithmeticError('lt boom')
try:
    sorted([BadLt(), BadLt()])
except ArithmeticError as e:
    print('sorted:', e)
