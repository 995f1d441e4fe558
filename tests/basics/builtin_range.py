# range with one, two and three arguments
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(1, 10, 3)))
print(list(range(10, 0, -3)))
print(list(range(0, -10, -2)))
print(list(range(5, 1)))
print(list(range(-5)))
r = range(0, 20, 3)
print(len(r), r[0], r[2], r[-1], r[-2])
print(3 in r, 4 in r, 18 in r, 21 in r)
try:
    r[10]
except IndexError:
    print('IndexError')
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError')
try:
    range(1.5)
except TypeError:
    print('TypeError')
print(range(5)[-1], range(10, 0, -2)[1])
print(len(range(2 ** 40)), range(2 ** 40)[-1])
print(sum(range(1000)), type(range(3)).__name__)
