vals = [0, 42, -7, 3.14159, -0.5, 1e-9, 1e21, True, 'text', None, [1, 2], (3,), {'k': 'v'}]
for v in vals:
    print(f'{v}|{v!r}|{v!s:>10}|{str(v):^12.5}|')
for v in [255, -255, 0]:
    print(f'{v:b}|{v:o}|{v:x}|{v:X}|{v:#b}|{v:#o}|{v:#x}|{v:+d}|{v: d}|{v:08d}|{v:<8d}|{v:^+9d}|')
for v in [1234.5678, -0.001, 100.0]:
    print(f'{v:f}|{v:.1f}|{v:10.2f}|{v:<10.2f}|{v:e}|{v:.2E}|{v:g}|{v:.2g}|{v:%}|{v:,.2f}|{v:+.0f}|')
