a = 5
b = 'text'
c = [1, 'two']
print(f'{a=}')
print(f'{b=}')
print(f'{c=}')
print(f'{a=!s}')
print(f'{b=!s}')
print(f'{a * 2=}')
print(f'{ a = }')
print(f'{b.upper()=}')
print(f'{a=:>5}|')
print(f'{a=:#x}')
print(f'{3.5=:.3f}')
print(f'{b=!r:^12}|')
print(f'{None=}', f'{True=}')
print(f'{c[1]=}')
print(f'{a!r}', f'{b!r}', f'{b!a}', f'{"ü"!a}', f'{"ü"!r}')
class R:
    def __repr__(self):
        return 'R-repr'
    def __str__(self):
        return 'R-str'
r = R()
print(f'{r}', f'{r!r}', f'{r!s}', f'{r=}', f'{r=!s}')
print(f'{a + len(b) = }')
print(f"{'quoted'=}")
