# Tuples hash as in CPython (an xxHash-style mix of the item hashes), so that sets and dicts of
# tuples behave alike; ints and floats already hash as CPython's.
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((1, (2, 3))))
print(hash((-1,)), hash((-2,)), hash((2**70, -(2**70))), hash((1.5, -0.25)), hash((True, 0)))
print(hash(((),)), hash(((), ())), hash(tuple(range(20))))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) != hash((2, 1)))
print({(1, 2): "a", (1.0, 2.0): "b"}, (1, 2) in {(1.0, 2.0)})


class T(tuple):
    pass


print(hash(T((1, 2))) == hash((1, 2)), {T((3, 4)): 1}[(3, 4)])
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**62), hash(-(2**62)))
