print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} {age}'.format(name='x', age=5), '{0} {k}'.format('p', k='kw'))
print('{0[0]} {0[1]} {1[key]} {2.real}'.format([10, 20], {'key': 'v'}, 3j))
print('{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}'.format('r', 'l', 'c', 'm', 3.14159))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{{literal}} {}'.format('x'), '{{}}'.format(), '}}{{'.format())
print('{:,} {:_} {:x} {:#b} {:o} {:e} {:%}'.format(1234567, 1234567, 255, 5, 8, 12.5, 0.25))
print('{:{width}.{prec}f}'.format(2.71828, width=10, prec=2), '{:{}}'.format('x', 4) + '|')
print('{0:{1}}|'.format('ab', '>5'), '{:{fill}{align}6}'.format(7, fill='0', align='>'))
class P:
    x = 'attr'
    def __format__(self, spec):
        return 'P(' + spec + ')'
print('{.x} {:spec here}'.format(P(), P()))
print('{0.x.__class__.__name__}'.format(P()))
print('{:d}'.format(True), '{}'.format(None), '{:>5}'.format(None) if False else 'skip')
print('{:s}'.format('s'), '{:10}|'.format('str'), '{:10}|'.format(12), '{:<10}|'.format(12))
print('{:=+8}'.format(-5), '{:+}'.format(5), '{: }'.format(5), '{:-}'.format(-5))
print('{:.3}'.format('abcdef'), '{:.3}'.format(3.14159), '{:.0e}'.format(12345))
d = {'a': 1, 'b': [1, 2]}
print('{a} {b[1]}'.format(**d), '{0}{1}{2}'.format(*'xyz'))
print(str.format('{}-{}', 'p', 'q'), 'abc'.format(1, 2))
print('{:c}'.format(97), '{:n}'.format(1234), '{:g}'.format(1e-7), '{:G}'.format(1e20))
print('{0!r:>10}|'.format('q'), '{!s:^7}|'.format(1.5))
