s = {1}
s.update([2], (3,), {4}, range(5, 7), 'ab' if False else [])
print(sorted(s))
s.intersection_update([1, 2, 3, 99], range(10))
print(sorted(s))
s.difference_update([1], {2})
print(sorted(s))
s.symmetric_difference_update({3, 4, 5})
print(sorted(s))
t = set('hello')
t |= set('world')
print(sorted(t))
t -= {'l', 'o'}
print(sorted(t))
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
u = {1, 2}
print(u.union(), u.intersection(), u.difference(), u.union() is not u)
x = {1, 2, 3}
x &= {2, 3, 4}
x ^= {3}
print(x)
