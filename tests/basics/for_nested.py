# nested for loops
for i in range(1, 4):
    line = ''
    for j in range(1, 4):
        line += str(i * j) + ' '
    print(line)
pairs = []
for a in 'ab':
    for b in 'xyz':
        pairs.append(a + b)
print(pairs)
n = 0
for i in range(10):
    for j in range(10):
        for k in range(10):
            if i + j + k == 10:
                n += 1
print(n)
for row in range(5):
    print(' ' * (4 - row) + '*' * (2 * row + 1))
