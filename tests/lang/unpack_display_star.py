a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, *b))
print([*a, 0, *b, 5])
print({*a, *b} == {1, 2, 3, 4})
print([*'abc'])
print((*range(3),))
print([*{'x': 1, 'y': 2}])
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'a': 0, **d1, 'a': 'last'})
print({**{}})
print({**d1, 'z': 0})
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__)
print([*[], *[]])
x = *a, *b
print(x)
print(len([*range(100), *range(50)]))
def gen():
    yield 'g1'
    yield 'g2'
print([*gen(), *gen()])
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print({**M()})
print(dict(**{'x': 1}))
