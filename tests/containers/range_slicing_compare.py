r = range(0, 30, 3)
for s in [slice(2, 5), slice(None, None, -1), slice(-3, None), slice(1, -1, 2), slice(100, 200), slice(None, None, -4), slice(5, 1, -1)]:
    sub = r[s]
    print(s, sub, list(sub) == list(r)[s])
print(range(0) == range(1, 1), range(0, 3) == range(0, 3, 1), range(1, 2) != range(1, 3))
print(range(0, 5, 2) == range(0, 6, 2), range(0, 1, 5) == range(0, 1, 7))
print(range(5).index(4), range(-5, 0).index(-1), range(10, 0, -2).index(4))
print(list(range(3, -4, -2)), len(range(3, -4, -2)), range(3, -4, -2)[-1])
print(range(1, 10)[::2][::-1], list(range(1, 10)[::2][::-1]))
print(7 in range(1, 10, 2), 8 in range(1, 10, 2), -3 in range(0, -10, -3), True in range(2))
print(range(3).count(1), range(3).count('1'), range(3).count(1.0))
