# break and continue inside while loops
i = 0
out = []
while True:
    i += 1
    if i > 10:
        break
    if i % 3 == 0:
        continue
    out.append(i)
print(out)
n = 0
while n < 5:
    n += 1
    m = 0
    while True:
        m += 1
        if m > n:
            break
        if m == 2:
            continue
        print(n, m)
print('done')
