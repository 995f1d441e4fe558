# every kind of pattern: literal, or, capture with guard, sequence, star, mapping, class, as, wildcard
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"seq {first} {rest}"
        case {"name": str(name), **rest}:
            return f"named {name} {rest}"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(a, b):
            return f"point {a} {b}"
        case str() as s:
            return "string " + s
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, -5, [1, 2], (1, 2, 3), {"name": "x", "a": 1}, Point(0, 5), Point(2, 3), "hi", None, 3.5, []]:
    print(describe(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
