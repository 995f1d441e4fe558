class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='custom-beta'):
    pass
class Gamma(Alpha):
    pass
print(Plugin.registry)
print(Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__)
class Base:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, [b.__name__ for b in cls.__bases__])
class C1(Base):
    pass
class C2(C1):
    pass
class Other:
    pass
class C3(Other, C2):
    pass
print(hasattr(Base, 'plugin_name'))
class Required:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, 'required'):
            raise TypeError(cls.__name__ + ' lacks required')
try:
    class NoReq(Required):
        pass
except TypeError as e:
    print(e)
class HasReq(Required):
    required = 1
print('HasReq ok')
class ClassMethodImplicit:
    def __init_subclass__(cls):
        cls.tag = 'tagged ' + cls.__name__
class T(ClassMethodImplicit):
    pass
print(T.tag, hasattr(ClassMethodImplicit, 'tag'))
