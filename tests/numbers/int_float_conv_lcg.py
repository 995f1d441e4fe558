state = 42
def rnd():
    global state
    state = (state * 6364136223846793005 + 1) % 2 ** 64
    return state
for i in range(40):
    bits = 50 + rnd() % 80
    n = rnd() >> (64 - 32) | (rnd() << 32)
    n = n % (2 ** bits) + 2 ** (bits - 1)
    if rnd() & 1:
        n = -n
    f = float(n)
    print(n % 10 ** 6, repr(f), int(f) == n, f == n, f < n, n < f)
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 54 + 2), float(2 ** 54 + 6), float(-(2 ** 53 + 1)))
print(float(2 ** 64 - 1), float(2 ** 63 + 2 ** 10), float(2 ** 63 + 2 ** 10 + 1))
