print([i for i in range(10) if i % 3 == 0], list(range(10))[::3] == list(range(0, 10, 3)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, 0, -1):
    print('countdown', i)
l = ['a', 'b', 'c']
for i in range(len(l)):
    l[i] = l[i].upper()
print(l)
print(list(range(0, -10, -3)), list(range(-10, 0, 4)), list(range(5)[1:-1]))
r = range(1, 10)
print(r[::2], r[1::2], list(r[::-3]), r[-1:0:-4], list(r[-1:0:-4]))
print(sum(1 for _ in range(1000)), len([0 for _ in range(0)]))
pairs = [(i, j) for i in range(3) for j in range(i + 1, 3)]
print(pairs)
print(list(zip(range(3), range(3, 0, -1))))
print(any(i > 5 for i in range(5)), all(i < 5 for i in range(5)))
print(range(3)[-1], range(-1)[:] == range(0), range(2, 2)[:5])
print(max(range(-5, 5), key=lambda v: v * v), min(range(7), key=lambda v: abs(v - 3.4)))
