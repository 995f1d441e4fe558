print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(frozenset([1])) == hash(frozenset([1])))
print(type(hash('x')).__name__, hash(0), hash(1), hash(-1) == hash(-2), hash(True), hash(None) == hash(None))
for bad in ([], {}, set(), (1, []), bytearray(b'') if False else [[]]):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BigH:
    def __hash__(self):
        return -1
print(hash(BigH()))
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) >= 0 or True)
x = a
print(id(x) == id(a), a is x, a is not b)
print(id(None) == id(None), id(len) == id(len))
try:
    hash()
except TypeError as e:
    print(type(e).__name__)
try:
    id()
except TypeError as e:
    print(type(e).__name__)
print(hash(3.0) == hash(3), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), hash(1 + 0j) == hash(1))
