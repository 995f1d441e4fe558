class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, c, r):
        self.c = c
        self.r = r
def describe(s):
    match s:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return 'on y axis at %d' % y
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Point(x, y) if x == y:
            return 'diagonal %d' % x
        case Point():
            return 'some point'
        case Circle(c=Point(0, 0), r=r):
            return 'centered circle r=%d' % r
        case Circle(r=r):
            return 'circle r=%d' % r
        case int(n) | float(n):
            return 'number %r' % n
        case str(s):
            return 'string %r' % s
        case [Point(x1, y1), Point(x2, y2)]:
            return 'segment %d,%d-%d,%d' % (x1, y1, x2, y2)
        case _:
            return 'unknown'
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 4), Circle(Point(1, 1), 2), 7, 2.5, 'x',
          [Point(1, 2), Point(3, 4)], None]:
    print(describe(s))
try:
    match Circle(1, 2):
        case Circle(a, b):
            print('no')
except TypeError as e:
    print(type(e).__name__)
class P2:
    __match_args__ = ('a',)
    a = 1
try:
    match P2():
        case P2(x, y):
            pass
except TypeError as e:
    print(type(e).__name__)
match True:
    case bool(v):
        print('bool', v)
match {'k': 1}:
    case dict(k=v):
        print('no such attr')
    case dict():
        print('dict matched')
