# printf-style precision on ints: the least number of digits, with signs, prefixes, '0', '-'
# and '*' widths and precisions.
vals = [0, 5, -5, 255, -255, 123456, -(2 ** 70), 2 ** 70, True]
fmts = ['%d', '%.3d', '%5.3d', '%-8.4x', '%08.3d', '%+.4d', '% .4o', '%#.5x', '%#010.4X',
        '%#-10.4o', '%+08.2i', '%.0d', '%-+6.3u', '%#.1x', '%#8x', '%#08x', '% 08d', '%.*d',
        '%*.*x', '%*d', '%-*.*d']
for f in fmts:
    row = []
    for v in vals:
        n = f.count('*')
        args = (v,) if n == 0 else (6, v) if n == 1 else (-9, 4, v)
        row.append(f % args)
    print(repr(f), row)
for f in ['%.*d', '%*d', '%5.3']:
    try:
        print(f % (1,))
    except Exception as e:
        print(f, type(e).__name__, e)
