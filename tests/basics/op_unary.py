# unary minus, plus, invert and not on various values
for v in [0, 1, -5, 2 ** 70, -(2 ** 70)]:
    print(v, -v, +v, ~v, not v)
for v in [0.0, 1.5, -2.25]:
    print(v, -v, +v, not v)
print(-True, +False)
try:
    -'a'
except TypeError:
    print('TypeError')
try:
    ~1.5
except TypeError:
    print('TypeError')
try:
    +[1]
except TypeError:
    print('TypeError')
