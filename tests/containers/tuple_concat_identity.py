# An exact tuple joined with an empty one, or repeated once, is the tuple itself; a subclass's
# instance and a list are copied.
t = (1, 2)
e = ()
print(t + e is t, e + t is t, t * 1 is t, 1 * t is t)
print(t + (3,) is t, t * 2 == t + t, t * 0 is e, e * 5 is e)
print(t + e, e + t, t * 1)


class T(tuple):
    pass


u = T((1,))
print(u + e is u, u * 1 is u, type(u + e).__name__)
a = [1]
print(a * 1 is a, a + [] is a, a * 1 == a)
