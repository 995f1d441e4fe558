log = []
class D:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append(('set_name', self.tag, owner.__name__, name))
class Base:
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, sorted(vars(cls).keys() & {'a', 'b'})))
        super().__init_subclass__(**kw)
class C(Base):
    a = D('first')
    b = D('second')
for entry in log:
    print(entry)
shared = D('shared')
class E:
    x = shared
    y = shared
print(log[-2:])
class F:
    pass
F.z = D('late')
print(len(log), hasattr(F.z, 'owner'))
class G:
    d = D('g')
    try:
        pass
    finally:
        pass
print(log[-1])
