# What an operator gives for an instance of a subclass of a builtin: a value of the base type,
# never the instance itself, unless an in-place operator updated a mutable one.
class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


u = T((1, 2))
s = S("ab")
b = B(b"ab")
i = I(5)
for r, x in [
    (() + u, u),
    (u + (), u),
    (u * 1, u),
    (1 * u, u),
    ("" + s, s),
    (s + "", s),
    (s * 1, s),
    (b"" + b, b),
    (b + b"", b),
    (i + 0, i),
    (0 + i, i),
    (i * 1, i),
    (i | 0, i),
]:
    print(type(r).__name__, r is x, r == x)

j = i
j += 0
print(type(j).__name__, j is i, j)
t = u
t += ()
print(type(t).__name__, t is u, t)
w = s
w += ""
print(type(w).__name__, w is s, w)

# In place on a mutable base: the instance itself, updated.
m = L([1])
n = m
n += [2]
n *= 2
print(type(n).__name__, n is m, n)
d = D(a=1)
e = d
e |= {"b": 2}
print(type(e).__name__, e is d, e)
