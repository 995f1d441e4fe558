# complex formatting without a type: '#' keeps the decimal point and 'z' drops negative zeros.
for v in [3 + 4j, 1e22 + 1j, complex(-0.0, -1.5), complex(1.5, float('inf')), complex(float('nan'), 0),
          1e-7j, complex(-0.0, -0.0), complex(0.0, -0.0), -2j, complex(-1e-300, 2)]:
    out = [repr(v)]
    for spec in ['#', 'z', '#z', '+#', ' z', '#10', '#.3', 'z.2', '-z', 'z>12', '#g', 'z.1f', '#e']:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(' | '.join(out))
for v, spec in [(3 + 4j, '0^+12e'), (3 + 4j, '*> #01_'), (-1.5j, '{<+#00.8e'), (-1.5j, '\xe9>06F'),
                (3 + 4j, '\xe9=+0'), (3 + 4j, '0<5'), (3 + 4j, '010'), (1j, '^010')]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
for spec in [' ', '+', '-', ' ^5', '*< ']:
    try:
        print(repr(format('abc', spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
