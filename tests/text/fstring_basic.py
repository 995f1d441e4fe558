name = 'world'
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {'key': 'value', 'k2': 5}
print(f'hello {name}!', f'{n} {n * 2} {n // 5}', F'{name.upper()}', f'{items[1]} {d["key"]}')
print(f'{pi:.2f} {pi:10.3f}| {n:05d} {n:x} {n:#b} {n:,} {1e6:_.0f}')
print(f'{name!r} {name!s} {"é"!a} {name:>10} {name:*^11}')
print(f'{n = }', f'{n=}', f'{pi=:.3f}', f'{name=!r:>10}', f'{n + 1 = }')
width, prec = 12, 3
print(f'{pi:{width}.{prec}f}|', f'{name:{width}}|', f'{n:{"x" if n > 10 else "d"}}')
print(f'{{literal}} {{{n}}}', f'{"nested " + "quote"}', f"{'single'}")
print(f'{[x * 2 for x in items]}', f'{ {"a": 1}["a"] }', f'{(lambda v: v + 1)(5)}')
print(f'{items!r:>15}|', f'{3 if n else 4}', f'{n if n > 100 else -n}')
print(f'''{name}
multi''', f'{"a" "b"}', f'{name}' f'{n}' 'plain')
x = 10
print(f'{x:>{x}}|', f'{x!r:^{x}}|')
print(f'{d}', f'{items}', f'{None}', f'{True:d}', f'{1.0}', f'{1e20}', f'{2**70}')
print(f'{n:c}', f'{0.5:%}', f'{-n:+}', f'{n: }', f'{n:=+6}')
class T:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self):
        return 'T()'
    def __str__(self):
        return 'str-T'
print(f'{T()}', f'{T():abc}', f'{T()!r}', f'{T()!s}', f'{T()!r:>6}')
print(f'{name[::-1]}', f'{name[1:3]}', f'{len(name)}', f'{",".join(items.__class__.__name__)}')
