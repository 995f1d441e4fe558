def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in sorted(vars(self).items()))
        return '%s(%s)' % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, 2), [Pt(0, 'a')])
def dataclassish(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@dataclassish
class Item:
    name: str
    qty: int
print(Item('a', 1) == Item('a', 1), Item('a', 1) == Item('a', 2))
print(Item.__annotations__)
try:
    hash(Item('a', 1))
except TypeError as e:
    print(type(e).__name__)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B(A): pass
print(registry)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Inst:
    v = 'instance'
print(Inst.v, type(Inst).__name__)
def deco_factory(**attrs):
    def d(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return d
@deco_factory(color='red', size=3)
@register
class Shape:
    pass
print(Shape.color, Shape.size, registry)
