data = {'user': {'name': 'ann', 'langs': ['py', 'c']}, 'n': 3}
print('{0[user][name]} knows {0[user][langs][1]}'.format(data))
print('{d[n]:>{w}}|'.format(d=data, w=5))
print('{0:{1}{2}{3}}'.format(7, '0', '>', 4), '{:{}{}}'.format('x', '^', 5) + '|')
print('{0.real:.{1}f} {0.imag:g}'.format(3 + 4j, 2))
class P:
    def __init__(self):
        self.inner = {'k': [10, 20]}
print('{p.inner[k][0]}'.format(p=P()))
print('{0!r:*^12}'.format('s'), '{x!s:.2}'.format(x=12345))
print('{:<{width}.{prec}}|'.format('abcdef', width=6, prec=3))
print('{0}{1}{0}'.format(*'ab'), '{a}{b}{a}'.format(**{'a': 1, 'b': 2}))
print('{:,}'.format(10 ** 12), '{:_b}'.format(255), '{:#_x}'.format(2 ** 32))
print('{0[-1]}'.format({'-1': 'string key'}) if True else '')
try:
    '{0[-1]}'.format([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
