# types: the names of the interpreter's own types, and SimpleNamespace.
import types


def f():
    pass


def g():
    yield 1


async def co():
    pass


async def ag():
    yield 1


class C:
    def m(self):
        pass

    __slots__ = ('s',)


c = co()
checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (g(), types.GeneratorType),
    (c, types.CoroutineType), (ag(), types.AsyncGeneratorType), (C().m, types.MethodType),
    (len, types.BuiltinFunctionType), (abs, types.BuiltinMethodType),
    (types, types.ModuleType), (None, types.NoneType), (..., types.EllipsisType),
    (NotImplemented, types.NotImplementedType), (C.__dict__, types.MappingProxyType),
    (list[int], types.GenericAlias), (int | str, types.UnionType), (f.__code__, types.CodeType),
    (C.s, types.MemberDescriptorType), (str.join, types.MethodDescriptorType),
]
for obj, t in checks:
    print(t.__name__, isinstance(obj, t))
c.close()
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.SimpleNamespace, types.GenericAlias, types.UnionType, types.FunctionType)

ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns.a, ns.b, ns.__dict__)
ns.c = [1, 2]
del ns.a
print(ns, ns == types.SimpleNamespace(b='x', c=[1, 2]), ns != types.SimpleNamespace())
print(vars(ns), sorted(dir(ns))[-2:], hasattr(ns, 'a'), getattr(ns, 'zz', 'dflt'))
ns.self = ns
print(ns)
for bad in (lambda: types.SimpleNamespace(1), lambda: ns.missing, lambda: hash(ns),
            lambda: delattr(ns, 'nope')):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(ns).__name__, type(ns).__module__, type(ns).__qualname__)
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(x=1) == 1)
