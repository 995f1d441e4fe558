def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found at', i)
            break
    else:
        print('not found')
        return -1
    return i
print(find([1, 2, 3], 2))
print(find([1, 2, 3], 9))
print(find([], 1))
for i in range(3):
    if i == 10:
        break
else:
    print('else after full loop, i =', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('never')
for x in range(3):
    for y in range(3):
        if y == 1:
            break
    else:
        print('inner else never')
    print('outer', x, y)
for i in range(4):
    if i % 2:
        continue
    print('even', i)
else:
    print('else after continue')
def ret_from_else():
    for i in []:
        pass
    else:
        return 'returned from else'
print(ret_from_else())
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
for i in range(3):
    pass
print(i)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
