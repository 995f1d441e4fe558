# iterating over tuples
for v in (1, 'a', 2.5):
    print(v)
total = 0
for v in (10, 20, 30):
    total += v
print(total)
for a, b in ((1, 2), (3, 4), (5, 6)):
    print(a * b)
points = ((0, 0), (3, 4), (6, 8))
for x, y in points:
    print(x, y, x * x + y * y)
print(sum((1, 2, 3)), min((4, 2, 8)), max((4, 2, 8)))
print(list(reversed((1, 2, 3))))
print(sorted((3, 1, 2)))
