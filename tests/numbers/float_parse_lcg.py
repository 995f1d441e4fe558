state = 987654321
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
lines = []
for i in range(120):
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(20)))
    frac = ''.join(str(rnd(10)) for _ in range(rnd(12)))
    e = rnd(60) - 30
    s = digits + ('.' + frac if frac else '') + ('e%d' % e if rnd(2) else '')
    v = float(s)
    lines.append('%s %r' % (s, v))
for l in lines[::3]:
    print(l)
print(float('0.1000000000000000055511151231257827'), float('2.2250738585072011e-308'), float('4.9406564584124654e-324'))
print(float('1.7976931348623157e308'), float('1.7976931348623159e308'), float('123456789012345678901234567890'))
print(float('0.' + '0' * 300 + '1'), float('1' + '0' * 300), float('9' * 400 + 'e-400'))
