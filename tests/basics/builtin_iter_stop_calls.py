# StopIteration raised by the function that map, filter or iter(f, sentinel) calls ends them
def upto2(x):
    if x > 2:
        raise StopIteration
    return x * 10
print(list(map(upto2, [1, 2, 3, 4])))
def keep(x):
    if x == 'stop':
        raise StopIteration
    return x != 'skip'
print(list(filter(keep, ['a', 'skip', 'b', 'stop', 'c'])))
items = [1, 2]
def pop():
    if not items:
        raise StopIteration
    return items.pop()
print(list(iter(pop, 99)))
# three-argument pow asks the base's __pow__, and complex numbers refuse a modulus
class P:
    def __pow__(self, exp, mod=None):
        return ('pow', exp, mod)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3)
for args in ((1j, 2, 3), (2, 1j, 3), (2, 3, 1j)):
    try:
        pow(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    pow(2.0, 3, 5)
except TypeError:
    print('TypeError')
