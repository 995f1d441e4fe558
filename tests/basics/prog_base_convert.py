# converting numbers between bases by hand
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def to_base(n, b):
    if n == 0:
        return '0'
    neg = n < 0
    n = abs(n)
    out = ''
    while n:
        out = DIGITS[n % b] + out
        n //= b
    return '-' + out if neg else out


for n in [0, 5, 255, -255, 1000, 2 ** 64, -(3 ** 40)]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row)
    ok = True
    for b, s in zip((2, 8, 16, 36), row):
        if int(s, b) != n:
            ok = False
    print(ok, to_base(n, 16) == hex(n).replace('0x', ''))
