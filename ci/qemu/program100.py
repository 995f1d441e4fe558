# ci/qemu/program100.py: 100 lines sent by raw paste; the output must equal python3's.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("fib", [fib(i) for i in range(15)])
print("big", fib(150), 2**100 - 1)
print("neg", -(7**30) // 13, -(7**30) % 13)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


p = Point(1, 2) + Point(10, 20)
print(p, p.x * p.y)


def squares(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i * i


print(list(squares(12)), sum(squares(100)))

d = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    d[word] = d.get(word, 0) + 1
print(sorted(d.items()))
print({k: v for k, v in d.items() if v > 1})

s = set(range(10)) - {2, 4, 6}
print(sorted(s), len(s), 5 in s)

try:
    [][3]
except IndexError as e:
    print("caught", type(e).__name__, e)

try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


c = counter()
c()
c(5)
print("closure", c(10))

print("floats", 1.5 * 4, 10 / 4, 2**0.5, round(3.14159, 2))
print("fmt", "%5.2f|%-6s|%04d" % (3.14159, "ab", 42), "{:>8}".format("right"))
print("f-string", f"{p.x:03d} {'x' * 3} {1 + 1 = }")
print("slices", "abcdefghij"[2:8:2], list(range(20))[::-5])
print("bytes", b"abc" + bytes([65, 66]), bytearray(b"xy") * 2)
print("tuple", tuple(zip("abc", range(3))), divmod(-17, 5))
print("str", "-".join(str(i) for i in range(5)), "Hello".upper().center(11, "*"))
print("sorted", sorted(["pear", "fig", "apple"], key=len, reverse=True))
print("any/all", any(x > 3 for x in [1, 5]), all([]), min(4, 2, 8), max("abc"))
print("int", int("ff", 16), int("-42"), hex(255), bin(10), oct(8))
print("enumerate", list(enumerate("xyz", start=1)))
print("lambda", list(map(lambda x: x * 2, filter(lambda x: x % 2, range(10)))))

total = 0
i = 0
while True:
    i += 1
    if i > 1000:
        break
    total += i * i
print("while", total)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print("matrix", matrix, [row[1] for row in matrix])
print("done", isinstance(p, Point), hasattr(p, "z"), type(3.0).__name__)
