# while loops
i = 0
while i < 5:
    print(i)
    i += 1
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print('steps', steps)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
items = [1, 2, 3]
while items:
    print(items.pop())
while False:
    print('never')
x = 10
while x:
    x -= 3 if x >= 3 else x
print(x)
