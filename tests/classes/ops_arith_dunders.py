class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def _op(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return self._op(o, lambda a, b: pow(a, b, mod))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __lshift__(self, n): return V(*[a << n for a in self.c])
    def __rshift__(self, n): return V(*[a >> n for a in self.c])
    def __and__(self, n): return V(*[a & n for a in self.c])
    def __or__(self, n): return V(*[a | n for a in self.c])
    def __xor__(self, n): return V(*[a ^ n for a in self.c])
    def __divmod__(self, n): return (self // n, self % n)
a = V(1, -2, 3)
b = V(4, 5, 6)
print(a + b, a - b, a * 2, b / 2, b // 4, b % 4)
print(a ** 2, pow(b, 2, 7), a @ b)
print(-a, +a, abs(a), ~a)
print(a << 2, b >> 1, b & 5, b | 1, b ^ 7)
print(divmod(b, 4))
try:
    a + 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    'str' - a
except TypeError as e:
    print(type(e).__name__, e)
