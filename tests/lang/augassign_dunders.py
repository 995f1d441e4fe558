class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('add')
        return V(self.v + o)
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __mul__(self, o):
        print('mul')
        return V(self.v * o)
    def __repr__(self):
        return 'V(%r)' % self.v

a = V(1)
b = a
a += 2
print(a, a is b)
a *= 3
print(a, a is b, b)

class NoReturn:
    def __iadd__(self, o):
        print('iadd returns None')
n = NoReturn()
n += 1
print(n)

class Radd:
    def __radd__(self, o):
        return 'radd(%r)' % (o,)
x = 5
x += Radd()
print(x)

class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
m = NI()
m += 1
print(m)

class Sub:
    def __isub__(self, o):
        return 'isub'
    def __imatmul__(self, o):
        return 'imatmul'
    def __ipow__(self, o):
        return 'ipow'
    def __ifloordiv__(self, o):
        return 'ifloordiv'
    def __itruediv__(self, o):
        return 'itruediv'
    def __imod__(self, o):
        return 'imod'
    def __ilshift__(self, o):
        return 'ilshift'
    def __irshift__(self, o):
        return 'irshift'
    def __iand__(self, o):
        return 'iand'
    def __ior__(self, o):
        return 'ior'
    def __ixor__(self, o):
        return 'ixor'
for op in ['-=', '@=', '**=', '//=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=']:
    s = Sub()
    exec('s ' + op + ' 1')
    print(op, s)
try:
    q = object()
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
