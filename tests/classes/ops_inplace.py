class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(('+=', o))
        return self
    def __isub__(self, o):
        self.items.append(('-=', o))
        return self
    def __imul__(self, o):
        self.items.append(('*=', o))
        return self
    def __ior__(self, o):
        self.items.append(('|=', o))
        return self
a = Acc()
orig = a
a += 1
a -= 2
a *= 3
a |= 4
print(a.items, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
l = [1, 2]
l2 = l
l += (3, 4)
print(l, l is l2)
try:
    l = l + (5,)
except TypeError as e:
    print(type(e).__name__)
s = {1, 2}
s2 = s
s |= {3}
s &= {1, 3}
print(sorted(s), s is s2)
d = {'a': 1}
d2 = d
d |= {'b': 2}
print(d, d is d2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
x = ReturnsOther()
x += 1
print(x)
class G:
    def __init__(self):
        self.val = Acc()
g = G()
g.val += 'attr'
print(g.val.items)
lst = [Acc()]
lst[0] += 'item'
print(lst[0].items)
