print(type(ValueError) is type, type(ValueError()) is ValueError, ValueError.__base__.__name__)
print(BaseException.__subclasses__ is not None, issubclass(type(ValueError()), BaseException))
e = Exception('x')
print(isinstance(e, BaseException), isinstance(e, object), isinstance(Exception, BaseException))
exc_types = [ValueError, TypeError, KeyError]
caught = []
for t in exc_types:
    try:
        raise t('msg')
    except tuple(exc_types) as err:
        caught.append(type(err).__name__)
print(caught)
def catch_any(t):
    try:
        raise t
    except BaseException as err:
        return type(err).__name__
print([catch_any(t) for t in (StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, ArithmeticError)])
class Meta(type):
    pass
class WeirdExc(Exception, metaclass=Meta):
    pass
try:
    raise WeirdExc('meta')
except WeirdExc as err:
    print(type(type(err)).__name__, err)
