# sorted and reversed return new objects
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
print(sorted('hello'))
print(sorted((5, 4, 6)))
print(sorted({'b': 1, 'a': 2}))
print(sorted([3, 1, 2], reverse=True))
print(sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
print(sorted([]))
print(list(reversed([1, 2, 3])))
print(list(reversed('abc')))
print(list(reversed((1, 2))))
print(list(reversed(range(5))))
print(list(reversed([])))
print(''.join(reversed('stressed')))
for x in reversed([10, 20]):
    print(x)
try:
    sorted([1, None])
except TypeError:
    print('TypeError')
try:
    reversed(5)
except TypeError:
    print('TypeError')
