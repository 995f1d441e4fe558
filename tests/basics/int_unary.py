# unary operators and abs on ints
a = 7
print(-a, +a, ~a)
print(-(-a))
print(~~a)
print(abs(-3), abs(3), abs(0))
print(abs(-(2 ** 70)))
print(-(2 ** 70))
print(~0, ~-1)
print(~(2 ** 65))
print(- - - 4)
print(not 0, not 5)
print(-0, +0)
