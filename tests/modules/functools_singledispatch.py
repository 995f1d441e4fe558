# functools.singledispatch: dispatch on the first argument's class along the MRO, register by
# class, by decorator and by annotation, dispatch(), registry, and errors.
from functools import singledispatch

@singledispatch
def show(x, prefix=''):
    "Show a value."
    return prefix + 'object ' + repr(x)

@show.register(int)
def _(x, prefix=''):
    return prefix + 'int %d' % x

@show.register
def _(x: str, prefix=''):
    return prefix + 'str ' + x

def show_list(x, prefix=''):
    return prefix + 'list of %d' % len(x)
print(show.register(list, show_list) is show_list)

@show.register(float)
@show.register(complex)
def _(x, prefix=''):
    return prefix + 'number'

print(show(1), show(True), show('a'), show([1, 2]), show(1.5), show(2j))
print(show(None), show((1,)), show(x={}) if False else show({}), show(3, prefix='> '))
print(show.__name__, show.__doc__, show.__wrapped__(7))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(dict) is show.__wrapped__)
print(sorted(k.__name__ for k in show.registry), show.registry[list] is show_list)

class Base:
    pass
class Derived(Base):
    pass
class More(Derived):
    pass
@show.register
def _(x: Base, prefix=''):
    return prefix + 'Base'
@show.register(Derived)
def _(x, prefix=''):
    return prefix + 'Derived'
print(show(Base()), show(Derived()), show(More()))

# A union annotation registers each class.
@singledispatch
def kind(x):
    return 'other'
@kind.register
def _(x: int | float):
    return 'number'
print(kind(1), kind(1.0), kind('1'))

# As a method it dispatches on self, like CPython's.
class A:
    @singledispatch
    def m(self, x):
        return 'generic'
print(A().m(1))
show._clear_cache()

g = singledispatch(len)
print(g('abc'), g.__name__)

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: show())
err(lambda: show(prefix='x'))
err(lambda: show.register(1))
err(lambda: show.register(1, len))
def no_annotation(x):
    pass
try:
    show.register(no_annotation)
except TypeError as e:
    print('TypeError', str(e).split(':')[0])
def bad_annotation(x: 1):
    pass
err(lambda: show.register(bad_annotation))
err(lambda: singledispatch())
def store():
    show.registry[int] = len
err(store)
