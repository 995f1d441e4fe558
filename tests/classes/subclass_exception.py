class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)
try:
    raise AppError('failed', 42)
except AppError as e:
    print(e, e.args, e.code, repr(e))
class NotFound(AppError):
    pass
try:
    raise NotFound('gone', 404)
except AppError as e:
    print(type(e).__name__, e)
class Simple(ValueError):
    pass
try:
    int('x')
except Simple:
    print('wrong')
except ValueError as e:
    print('plain ValueError')
try:
    raise Simple('s')
except ValueError as e:
    print('caught subclass via base:', type(e).__name__, e)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(e.args, e.a, str(e))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')))
class KE(KeyError):
    pass
print(str(KE('key')), str(KeyError('key')))
class Base(Exception):
    pass
class Mid(Base):
    pass
print([c.__name__ for c in Mid.__mro__])
try:
    raise Mid
except Base as e:
    print('caught', type(e).__name__, e.args)
class ArgsOverride(Exception):
    def __init__(self):
        super().__init__('fixed message')
print(ArgsOverride(), ArgsOverride().args)
class BaseExc(BaseException):
    pass
try:
    try:
        raise BaseExc
    except Exception:
        print('not here')
except BaseExc:
    print('BaseException subclass not caught by Exception')
