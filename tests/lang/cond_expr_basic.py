def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(i) for i in (-2, 0, 3)])
print(1 if True else 1 / 0)
print(1 / 0 if False else 'safe')
x = [] or 'empty'
print(x)
print(0 or None or '' or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
print(not [] , not [0])
print((lambda: 'a' if 0 else 'b')())
y = 5
z = 'big' if y > 3 else 'small'
print(z)
print(('a' if y else 'b') + ('c' if not y else 'd'))
print([('yes' if i % 3 == 0 else 'no') for i in range(4)])
print(None if None else 'fallthrough')
calls = []
def t(v):
    calls.append(v); return v
r = t(1) if t(0) else t(2)
print(r, calls)
r = t('') or t(0) or t([]) 
print(repr(r), calls)
print(1 if (2 if 0 else 3) else 4)
print((1 if 0 else 2) if 1 else 3)
print(-1 if y < 0 else +1 * y)
