# a tuple cannot change but its items can
t = ([1, 2], 'x')
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError:
    print('TypeError')
print(t)
u = t
u = u + ('y',)
print(t, u)
v = (1, 2)
w = v
v += (3,)
print(v, w)
