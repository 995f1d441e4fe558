# random: getrandbits, randrange, randint and randbytes, small and big, against CPython.
import random

for seed in [1, 7, 99, 2**40 + 3]:
    r = random.Random(seed)
    print([r.getrandbits(k) for k in (0, 1, 2, 8, 31, 32, 33, 53, 63, 64, 65, 96, 97, 200)])
    print([r.randrange(n) for n in (1, 2, 3, 6, 10, 100, 1000, 2**30, 2**31, 2**32 - 1, 2**32,
                                     2**32 + 1, 2**62, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
                                     10**30)])
    print([r.randrange(-10, 10) for i in range(8)])
    print([r.randrange(0, 100, 7) for i in range(8)])
    print([r.randrange(100, 0, -3) for i in range(8)])
    print([r.randrange(-50, -10, 4) for i in range(6)])
    print(r.randrange(-2**80, 2**80), r.randrange(2**70, 2**71, 3), r.randrange(2**61, 2**62, 2**59))
    print(r.randrange(2**100, 2**100 + 10), r.randrange(10, -2**90, -7))
    print([r.randint(1, 6) for i in range(12)])
    print(r.randint(-2**70, 2**70), r.randint(3, 3), r.randint(-1, 0))
    print(r.randbytes(0), r.randbytes(1), r.randbytes(3), r.randbytes(4), r.randbytes(9))
    print(r.randrange(start=5), r.randrange(5, step=1), r.randrange(1, stop=9, step=2))
    print(r.randrange(True, 10), r.getrandbits(True))

# Statistics a wrong implementation would miss.
r = random.Random(5)
counts = [0] * 6
for i in range(6000):
    counts[r.randint(1, 6) - 1] += 1
print(counts)
print(sum(r.getrandbits(1) for i in range(1000)))
print(len(r.randbytes(1000)), r.getrandbits(1000).bit_length())
print(max(r.randrange(2**100) for i in range(50)).bit_length())
