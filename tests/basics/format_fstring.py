# f-strings go through the same formatting as format()
x, y, name = 42, 3.14159, 'kinglet'
print(f'{x}', f'{x:5}', f'{x:<5}|', f'{x:#x}', f'{y:.2f}', f'{y:10.3e}', f'{name:>10}')
print(f'{name!r}', f'{name!s:^11}', f'{x * 2 + 1}', f'{x:{4}}', f'{y:{8}.{2}f}')
w, p = 9, 3
print(f'{y:{w}.{p}}|', f'{name[1:4]}', f'{[1, 2]}', f'{(1, 2)!r}', f'{{x}}', f'{x}{{}}')
print(f'{1000000:,}', f'{1000000:_}', f'{-0.0:z}', f'{255:08b}', f'{"e":*^5}')
print(f'{True}', f'{None}', f'{True:d}', f'{3:c}' == '\x03', f'{65:c}')
