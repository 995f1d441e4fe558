class MyList(list):
    def append(self, v):
        super().append(v * 2)
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
    def __len__(self):
        return super().__len__() + 100
m = MyList()
m.append(1)
m.append(5)
print(list(m), m[0], len(m))
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Base(%r)' % self.v
    def __eq__(self, o):
        return isinstance(o, Base) and self.v == o.v
    __hash__ = None
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def __repr__(self):
        return 'Derived:' + super().__repr__()
    def __eq__(self, o):
        return super().__eq__(o) and getattr(o, 'w', None) == self.w
print(Derived(1, 2))
print(Derived(1, 2) == Derived(1, 2), Derived(1, 2) == Derived(1, 3), Derived(1, 2) == Base(1))
class S(str):
    def upper(self):
        return '<' + super().upper() + '>'
print(S('abc').upper())
class WithNew:
    def __new__(cls, *a):
        print('WithNew.__new__', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
class Sub(WithNew):
    def __new__(cls, x):
        print('Sub.__new__')
        return super().__new__(cls, x)
s = Sub(3)
print(s.x, type(s).__name__)
class Setter:
    def __setattr__(self, k, v):
        super().__setattr__(k, str(v) + '!')
st = Setter()
st.a = 1
print(st.a)
class G:
    def __getattribute__(self, n):
        if n == 'magic':
            return 42
        return super().__getattribute__(n)
g = G()
g.real = 'r'
print(g.magic, g.real)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__)
