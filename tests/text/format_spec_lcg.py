state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
fills = ['', '*', '0', ' ']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
types_int = ['', 'd', 'b', 'o', 'x', 'X', 'e', 'f', 'g', '%', 'n']
types_float = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%']
for i in range(60):
    fill = fills[rnd(4)]
    align = aligns[rnd(5)] if fill else aligns[rnd(5)]
    if fill and not align:
        align = '>'
    sign = signs[rnd(4)]
    alt = '#' if rnd(4) == 0 else ''
    zero = '0' if rnd(5) == 0 and not fill else ''
    width = str(rnd(12)) if rnd(2) else ''
    group = [',', '_', ''][rnd(3)]
    prec = '.' + str(rnd(6)) if rnd(2) else ''
    if i % 2:
        v = (rnd(2000000) - 1000000) * (10 ** rnd(4))
        t = types_int[rnd(len(types_int))]
        if t in 'dbo xXn' and t != '':
            prec = ''
        if t == 'n':
            group = ''
        if t in 'bxXo' and group == ',':
            group = '_'
    else:
        v = (rnd(10 ** 6) - 5 * 10 ** 5) / 10 ** rnd(7)
        t = types_float[rnd(len(types_float))]
    spec = fill + align + sign + alt + zero + width + group + prec + t
    try:
        print(repr(spec), repr(v), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), repr(v), 'ValueError', e)
