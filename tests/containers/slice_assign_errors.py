l = list(range(6))
for target, value in [(slice(None, None, 2), [1, 2]), (slice(None, None, -1), [1]), (slice(0, 6, 3), 'abc'), (slice(1, 5, 2), iter([9, 8]))]:
    m = list(l)
    try:
        m[target] = value
        print('ok', m)
    except ValueError as e:
        print(type(e).__name__, e)
m = list(l)
try:
    m[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
m[::1] = [7]
print(m)
t = (1, 2, 3)
try:
    t[0:1] = [5]
except TypeError as e:
    print(type(e).__name__, e)
s = 'abc'
try:
    s[0:1] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
r = range(5)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
