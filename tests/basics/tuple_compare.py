# tuple comparison is lexicographic
print((1, 2) == (1, 2), (1, 2) != (1, 3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(() < (0,), (0,) > ())
print((1, 'a') < (1, 'b'))
print((1, 2) <= (1, 2), (1, 2) >= (1, 1))
print(max([(1, 'b'), (2, 'a'), (1, 'z')]))
print(sorted([(3, 'c'), (1, 'b'), (1, 'a'), (2, 'z')]))
print((1, 2) == [1, 2])
print((1, (2, 3)) < (1, (2, 4)))
try:
    (1, 'a') < (1, 2)
except TypeError:
    print('TypeError')
print((1, 'a') == (1, 2))
