# unary operators and abs with floats
print(abs(-2.5), abs(2.5), abs(-0.0))
print(-(1.5), +(-1.5))
print(abs(float('-inf')))
print(-(-0.0))
print(abs(-1e-300))
x = 3.25
print(-x, x, --x)
print(not 0.0, not 0.1, bool(-0.0))
