items = {'apples': 3, 'pears': 0}
for k, v in items.items():
    print(f'{k}: {"none" if not v else v}')
nums = [1, 2, 3]
print(f'{sum(nums)} {len(nums)} {max(nums) - min(nums)} {nums[-1]} {nums[::-1]}')
print(f'{", ".join(str(n) for n in nums)}')
print(f'{3 * 4 + 1} {2 ** 10} {7 // 2} {7 % 3} {-3:+d} {abs(-2)}')
print(f'{"abc".upper()} {"x".join("12")} {"%d" % 5} {"{}".format(6)}')
name = 'Ann'
print(f'{name!r:>8}|{name:<6}|{name:^7}|')
print(f"{'multi'} {'ple'}", f'{"q"}' f"{'r'}")
d = {'k': {'j': [10, 20]}}
print(f"{d['k']['j'][1]}")
obj = type('O', (), {'attr': 'val', 'meth': lambda self: 'called'})()
print(f'{obj.attr} {obj.meth()}')
x = 5
print(f'{x if x > 3 else 0}', f'{(lambda: x * 2)()}', f'{[i for i in range(x)]}')
print(f'{x:{"<" if x else ">"}5}|', f'{x!s:5}|', f'{x!r}')
print(f'{{}}', f'{{{x}}}', f'{{x}}', f'{x}{{', f'}}{x}')
print(f'{1_000_000:,}', f'{0.1 + 0.2:.17g}', f'{1e-3:.1e}', f'{123.456:08.2f}')
