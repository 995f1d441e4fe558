# del on names, items, slices and attributes
x = 1
del x
try:
    x
except NameError:
    print('NameError')
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {'a': 1, 'b': 2}
del d['a']
print(d)


class O:
    pass


o = O()
o.v = 1
del o.v
print(hasattr(o, 'v'))
p, q = 1, 2
del p, q
try:
    print(p)
except NameError:
    print('NameError p')


def f():
    y = 5
    del y
    try:
        return y
    except NameError:
        return 'local deleted'


print(f())
try:
    del undefined_thing
except NameError:
    print('NameError del')
