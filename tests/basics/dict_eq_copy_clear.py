# ==, copy and clear
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b)
print(a == {'x': 1}, {} == {})
print({1: [1, 2]} == {1: [1, 2]})
print({'a': 1} == {'a': 1.0})
c = a.copy()
c['z'] = 3
print(a, c)
n = {'k': [1]}
m = n.copy()
m['k'].append(2)
print(n, m)
a.clear()
print(a, len(a))
print(a == {})
try:
    {} < {}
except TypeError:
    print('TypeError')
