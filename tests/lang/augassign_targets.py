class C:
    pass
c = C()
c.v = 1
c.v += 5
c.v *= 2
print(c.v)
l = [1, 2, 3]
l[0] += 10
l[-1] **= 2
print(l)
d = {'k': 'a'}
d['k'] += 'b'
d['k'] *= 2
print(d)
l2 = [1, 2, 3, 4, 5]
l2[1:3] += [99]
print(l2)
s = 'abc'
s += 'd'
print(s)
t = (1,)
t += (2,)
print(t)
n = 10
n //= 3; print(n)
n %= 2; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
n -= 100; print(n)
f = 1.5
f /= 2; print(f)
f **= 2; print(f)
# evaluation of target happens once
calls = []
def idx():
    calls.append('idx')
    return 0
def obj():
    calls.append('obj')
    return l
obj()[idx()] += 1
print(l, calls)
class Tracker:
    def __init__(self): self.val = 0
    def __getattr__(self, n):
        print('getattr', n); return 0
t2 = Tracker()
t2.missing += 3
print(t2.missing)
nested = {'a': [1, {'b': 2}]}
nested['a'][1]['b'] += 40
print(nested)
# list += uses extend in place
a = [1]
b = a
a += [2]
print(b, a is b)
a = a + [3]
print(b, a is b)
tt = ([1],)
try:
    tt[0] += [2]
except TypeError as e:
    print(type(e).__name__)
print(tt)
