# A decorated def's or class's first line (co_firstlineno) is its first decorator's, and each
# decorator's call is reported on the decorator's own line, as in CPython 3.11.
def deco(f):
    return f


@deco
@deco
def f():
    return 1


class K:
    @staticmethod
    def s():
        pass

    @deco
    def m(self):
        pass


@deco
class C:
    def g(self):
        pass


def plain():
    pass


print(f.__code__.co_firstlineno, K.m.__code__.co_firstlineno, K.__dict__['s'].__func__.__code__.co_firstlineno, plain.__code__.co_firstlineno, C.g.__code__.co_firstlineno)
def boom(fn):
    raise ValueError('in decorator')
try:
    @boom
    def h():
        pass
except ValueError as e:
    import traceback
    print(traceback.extract_tb(e.__traceback__)[0].lineno)
import inspect
print(inspect.getsourcelines(f)[1], inspect.getsourcelines(K.m)[1])

def ok(f):
    return f
def boom(fn):
    raise ValueError('x')
for src in ("@boom\n@ok\ndef h():\n    pass\n", "@ok\n@boom\ndef h():\n    pass\n", "@ok\n@boom\nclass H:\n    pass\n", "@boom\n\ndef h(): pass\n"):
    try:
        exec(compile(src, 'm', 'exec'))
    except ValueError as e:
        tb = e.__traceback__.tb_next
        print(repr(src), tb.tb_lineno)
for src in ("@undefined_name\nclass C:\n    pass\n", "x = 1\n@ok\n@undefined_name\nclass C:\n    pass\n", "@ok\n\n@undefined_name\ndef f(): pass\n"):
    try:
        exec(compile(src, 'm', 'exec'))
    except NameError as e:
        tb = e.__traceback__.tb_next
        print(repr(src), tb.tb_lineno)
