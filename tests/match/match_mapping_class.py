# mapping patterns take only the listed keys; class patterns use __match_args__ and keywords
class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
def g(v):
    match v:
        case {"type": "box", "size": int(size)}:
            return ("box", size)
        case {"type": _, **others} if others:
            return ("other fields", sorted(others))
        case {}:
            return "any mapping"
        case Box(Box(inner)):
            return ("nested box", inner)
        case Box(content=c):
            return ("box of", c)
        case Pair(a=1, b=b):
            return ("pair starting 1", b)
        case Pair():
            return "some pair"
        case bool(b):
            return ("bool", b)
        case int(i) | float(i):
            return ("number", i)
        case _:
            return "?"
for v in [{"type": "box", "size": 3}, {"type": "x", "a": 1, "b": 2}, {"type": "x"}, {},
          Box(Box(5)), Box("hat"), Pair(1, 2), Pair(3, 4), True, 7, 2.5, "s"]:
    print(g(v))
try:
    match Pair(1, 2):
        case Pair(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
x = 5
match 5:
    case y if y > x:
        print("bigger")
    case y:
        print("captured", y)
print(y)
