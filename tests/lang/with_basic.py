class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return False

with CM('a') as v:
    print('body', v)

with CM('x') as a, CM('y') as b:
    print('body', a, b)

with CM('outer'):
    with CM('inner'):
        print('nested body')

try:
    with CM('err') as v:
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)

def ret():
    with CM('ret'):
        return 'returned'
print(ret())

for i in range(3):
    with CM('loop%d' % i):
        if i == 0:
            continue
        if i == 1:
            break
print('after loop', i)

with CM('noas'):
    pass

with (CM('p1') as p, CM('p2') as q):
    print('parenthesized', p, q)

class Target:
    pass
t = Target()
with CM('attr') as t.val:
    pass
print(t.val)
d = {}
with CM('item') as d['k']:
    pass
print(d)
with CM('tuple') as (f, *rest):
    print(f, rest)
