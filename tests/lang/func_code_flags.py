# co_flags carries CPython's CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS and
# CO_VARKEYWORDS bits, so that inspect-style checks work.
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
KINDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


def plain(a, b=1):
    return a


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def star(*args, **kwargs):
    pass


def only_args(*args):
    pass


class A:
    async def meth(self):
        pass


for f in (plain, gen, coro, agen, star, only_args, A.meth, lambda: 0):
    flags = f.__code__.co_flags
    print(f.__name__, type(flags).__name__, hex(flags & KINDS),
          bool(flags & CO_VARARGS), bool(flags & CO_VARKEYWORDS))
print(bool(A().meth.__func__.__code__.co_flags & CO_COROUTINE))
