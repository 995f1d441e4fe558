# list() from iterables
print(list())
print(list([1, 2]))
print(list((1, 2, 3)))
print(list('abc'))
print(list(range(5)))
print(list(range(10, 0, -3)))
print(list({'a': 1, 'b': 2}))
print(list({'a': 1, 'b': 2}.values()))
print(list({'a': 1, 'b': 2}.items()))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)
print(list(reversed([1, 2, 3])))
print(list(enumerate('ab')))
try:
    list(5)
except TypeError:
    print('TypeError')
