# conditional expressions
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])


def side(tag, v):
    print('eval', tag)
    return v


print(side('a', 1) if side('cond', True) else side('b', 2))
print(side('a', 1) if side('cond', False) else side('b', 2))
f = (lambda: 'L') if x else (lambda: 'R')
print(f())
print(1 if [] else 2, 1 if [0] else 2)
