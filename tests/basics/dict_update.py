# update from dicts, pairs and keywords
d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update([('c', 3), ('d', 4)])
print(d)
d.update(e=5, f=6)
print(d)
d.update({})
print(d)
d.update({'z': 0}, a=-1)
print(d)
e = {1: 1}
e.update(((2, 2), (3, 3)))
print(e)
try:
    e.update([1, 2])
except TypeError:
    print('TypeError')
