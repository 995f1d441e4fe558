# assigning to the loop variable does not change the iteration
for i in range(3):
    print(i)
    i = 100
print(i)
items = [1, 2, 3]
for x in items:
    x = x * 10
print(items)
for i in range(len(items)):
    items[i] = items[i] * 10
print(items)
for k in [1]:
    pass
print(k)
for a, b in [(1, 2)]:
    a, b = b, a
print(a, b)
obj = [0, 0, 0]
for obj[0] in range(3):
    pass
print(obj)
