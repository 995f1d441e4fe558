# str.format: positional, automatic, keyword, attribute and index fields, conversions
print('{} and {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{0:>5}|{1:<5}|{2:^5}'.format(1, 'ab', 3.5), '{:08.3f}'.format(3.14159))
print('{{literal}} {}'.format(7), '{{}}'.format(), '}}{{'.format())
class P:
    x = 3
    name = 'pt'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p!'
p = P()
print('{0.x} {0.name} {p.x}'.format(p, p=p), '{0!r} {0!s} {0}'.format(p))
print('{0[0]} {0[1][1]} {d[k]} {d[1]}'.format([1, [2, 3]], d={'k': 'v', 1: 'one'}))
print('{!r:>8}|{!a}|{!s:^5}'.format('h\u00e9', 'h\u00e9', 'x'))
print('{0:{1}}|{2:{w}.{p}f}'.format(3, 5, 2.5, w=8, p=2))
print('{:{}}'.format(3, 5), '{0:{fill}>{width}}'.format('z', fill='.', width=6))
print('{:,} {:_} {:#x} {:+d} {:e}'.format(10**6, 10**6, 255, 5, 12345.6789))
print('{0}{0}{0}'.format('ab'), '{}'.format(None), '{}'.format([1, 'a']), '{:}'.format(1))
print('{0[1]}'.format('xyz'), '{a.real}'.format(a=4), '{0[x]}'.format({'x': 'X'}))
print('\u00e9{}\u20ac'.format('\U0001f600'), 'x{0!r}'.format('\n'))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print('{:abc} {} {:>3}'.format(F(), F(), F()), format(F(), 'q'), f'{F():zz}')
for fmt, args, kw in [('{', (), {}), ('}', (), {}), ('{0[}', ([1],), {}), ('{0]}', ([1],), {}),
                      ('{0.}', (1,), {}), ('{0[0]x}', ([1],), {}), ('{!rx}', (1,), {}),
                      ('{x}', (), {'y': 1}), ('{1}', (1,), {}), ('{}{}', (1,), {}),
                      ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{!x}', (1,), {}),
                      ('{:{:{}}}', (3, 5, 6), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}),
                      ('{a}', (), {}), ('{-1}', (1,), {}), ('{0:d}', ('s',), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print('{a} {b}'.format_map({'a': 1, 'b': 'two'}))
try:
    '{0}'.format_map({})
except ValueError as e:
    print('ValueError', e)
