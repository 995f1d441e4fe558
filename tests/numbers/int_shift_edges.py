# Shifts around the word sizes of 32- and 64-bit machines, both signs, both directions.
for a in (0, 1, -1, 2, -2, 3, -3, 5, -7, 2**29, -2**30, 2**61, -2**62):
    out = []
    for b in (0, 1, 28, 29, 30, 31, 32, 33, 60, 61, 62, 63, 64, 65, 100, 1000):
        out.append(a << b)
        out.append(a >> b)
    print(a, out)
for b in (-1, -100):
    for op in ('<<', '>>'):
        try:
            print(eval('5 ' + op + ' b'))
        except ValueError as e:
            print(op, 'ValueError', e)
print(True << 3, False >> 70, True << 64)
