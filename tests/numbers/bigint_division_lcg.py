state = 7
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def big(words):
    n = 0
    for _ in range(words):
        n = (n << 64) | rnd()
    return n
ok = 0
lines = []
for i in range(60):
    a = big(1 + rnd() % 8)
    b = big(1 + rnd() % 4) or 1
    if rnd() & 1:
        a = -a
    if rnd() & 1:
        b = -b
    q, r = divmod(a, b)
    if q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b):
        ok += 1
    lines.append('%d %d' % (q % 1000003, r % 1000003))
print(ok)
print(' | '.join(lines[:10]))
x = big(10)
print(str(x)[:30], len(str(x)), int(str(x)) == x, hex(x)[:20], x.bit_length())
print((x * x) % (10 ** 20), (x ** 3) // (x ** 2) == x, x % 97, (-x) % 97, (-x) // 10 ** 50 % 1000)
