# iterating over lists
a = ['x', 'y', 'z']
for item in a:
    print(item)
for i in range(len(a)):
    print(i, a[i])
total = 0
for n in [1, 2, 3, 4]:
    total += n
print(total)
out = []
for v in [3, 1, 2]:
    out.append(v * 10)
print(out)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v, end=' ')
print()
for a1, b1 in [(1, 'a'), (2, 'b')]:
    print(a1, b1)
