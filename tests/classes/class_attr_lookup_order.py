class Desc:
    def __get__(self, o, t=None):
        return 'data descriptor'
    def __set__(self, o, v):
        print('descriptor set')
class NonDesc:
    def __get__(self, o, t=None):
        return 'non-data descriptor'
class Base:
    inherited = 'from base'
    d = Desc()
    nd = NonDesc()
class C(Base):
    own = 'from class'
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['nd'] = 'instance nd'
c.__dict__['own'] = 'instance own'
print(c.d, c.nd, c.own, c.inherited)
c.d = 'x'
print(c.__dict__['d'])
class G:
    def __getattr__(self, n):
        return 'getattr ' + n
    cls_val = 'class value'
g = G()
g.inst = 'instance value'
print(g.inst, g.cls_val, g.missing)
class M(type):
    meta_attr = 'from metaclass'
class K(metaclass=M):
    pass
print(K.meta_attr)
try:
    K().meta_attr
except AttributeError as e:
    print(type(e).__name__)
class P:
    @property
    def value(self):
        return 'property'
p = P()
try:
    p.__dict__['value'] = 'shadow attempt'
    print(p.value)
except Exception as e:
    print(type(e).__name__)
