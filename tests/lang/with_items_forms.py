# with items with and without parentheses, starred targets after `as` and in for loops, and
# comparison chains of every operator.
class CM:
    def __init__(self, name, value=None):
        self.name, self.value = name, value

    def __enter__(self):
        print("enter", self.name)
        return self.value if self.value is not None else self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with CM("a"):
    pass
with CM("a") as x, CM("b") as y:
    print(x, y)
with (CM("a") as x, CM("b") as y):
    print(x, y)
with (CM("a"), CM("b"),):
    pass
with (CM("a") as x, CM("b")):
    print(x)
with (CM("a")) as x:
    print(x)
with (CM("a")).__class__("w") as x:
    print(x)
with CM("t", (1, 2, 3)) as (p, *q):
    print(p, q)
with CM("s", [4, 5]) as [*r, s]:
    print(r, s)
for src in ["with ():\n pass", "with (x for x in [1]):\n pass", "with (CM('a'), CM('b')) as c:\n pass"]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__)


def gen():
    with (yield CM("y")):
        print("in body")
    with (yield CM("z")) as v:
        print("v", v)


g = gen()
cm = next(g)
cm2 = g.send(cm)
try:
    g.send(cm2)
except StopIteration:
    print("done")

for *a, b in [[1, 2, 3], [4]]:
    print(a, b)
for (c, *d), e in [((1, 2, 3), 4)]:
    print(c, d, e)
for f, in [[1], (2,)]:
    print(f)

n = [1, 2, 3]
print(1 < 2 <= 2 == 2 != 3 > 0 >= 0, 1 < 2 > 3, 2 in n, 4 not in n, n is n, n is not n[:])
print(1 in n in [n], not 1 in n, not n is None, 3 > 2 > 1 < 0, 0 < 1 < 2 < 3 < 4)
print(None, True, False, ..., [None, True, False, ...], {None: ..., True: False}, type(...).__name__)
