def classify(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case int(n) if n > 100:
            return 'big %d' % n
        case other:
            return 'other %r' % (other,)
for v in [0, 2, 'hello', None, True, -1, 1.5, 500, 'x', 50, False]:
    print(classify(v))
def wild(x):
    match x:
        case _:
            return 'wild'
print(wild(123))
import sys
class Color:
    RED = 'red'
    GREEN = 'green'
def color(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case _:
            return 'unknown'
print(color('red'), color('green'), color('blue'))
def as_pat(x):
    match x:
        case (1 | 2) as n:
            return 'got %d' % n
        case str() as s:
            return 'str ' + s
    return 'fell through'
print(as_pat(2), as_pat('q'), as_pat(3.0))
