# break and continue in for loops, including nested loops
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    print('even', i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print('found', found, row)
count = 0
for c in 'a1b2c3d4':
    if c.isdigit():
        continue
    count += 1
print(count)
