class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{name} is {age}'.format_map({'name': 'A', 'age': 3}))
print('{name} likes {food}'.format_map(Default(name='Bob')))
try:
    '{x}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    def __init__(self):
        self.a = 1
        self.b = [10, 20]
o = Obj()
print('{a} {b[1]}'.format_map(vars(o)), '{0.a} {0.b[0]}'.format(o))
print('%(a)s-%(b)s' % vars(o))
print('{0}{1}{0}'.format('ab', 'cd'), '{:>3}{:<3}|'.format(1, 2))
print('{0:>{1}}'.format('x', 4), '{:^{}}'.format('mid', 9) + '|')
nums = [1, 22, 333]
print('\n'.join('{:>5}|{:<5}|{:^5}'.format(n, n, n) for n in nums))
print('{:#>10}'.format('right'), '{:#<10}'.format('left'), '{:#^10}'.format('ctr'))
print('{0!r:<8}{0!s:>8}'.format('q'))
print(format('text', '10'), format('text', '<10') + '|', format(42), format(42, ''), format([1], ''))
