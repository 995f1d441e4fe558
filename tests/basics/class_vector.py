# a small vector class with several special methods
class Vec:
    def __init__(self, *comps):
        self.c = list(comps)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __add__(self, o):
        return Vec(*[self.c[i] + o.c[i] for i in range(len(self))])

    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c

    def __repr__(self):
        return 'Vec(' + ', '.join([repr(x) for x in self.c]) + ')'

    def dot(self, o):
        return sum([self[i] * o[i] for i in range(len(self))])

    def scale(self, k):
        return Vec(*[x * k for x in self.c])


a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a, b, a + b)
print(a.dot(b), len(a), a[0], a[-1])
print(a + b == Vec(5, 7, 9), a == b, a != b)
print(a.scale(2), a.scale(0.5))
print([a, b])
acc = Vec(0, 0, 0)
for v in [a, b, a]:
    acc = acc + v
print(acc)
print(str(a) == repr(a))
