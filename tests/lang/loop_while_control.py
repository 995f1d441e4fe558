i = 0
out = []
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out, i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
x = 5
while x:
    x -= 1
print(x)
items = [3, 1, 2]
while items:
    print('pop', items.pop())
count = 0
while True:
    count += 1
    if count < 5:
        continue
    break
print(count)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
def nested():
    i = 0
    res = []
    while i < 3:
        j = 0
        while True:
            if j >= i:
                break
            res.append((i, j))
            j += 1
        i += 1
    return res
print(nested())
s = 'hello'
while s and s[0] != 'l':
    s = s[1:]
print(s)
k = 0
while k < 3:
    k += 1
    try:
        if k == 2:
            continue
    finally:
        print('finally', k)
