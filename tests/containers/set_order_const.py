# A set display of more than two constants is built as in CPython: an empty set updated from a
# frozenset constant (so its table is sized for the whole display at once), and a display of
# constants that a loop iterates or `in` tests is that frozenset. Equal displays of one module
# share one constant.
print({10, 20, 30, 40, 50, 60})
s = {10, 20, 30, 40, 50}
print(s, list(s))
for x in {10, 20, 30, 40, 50, 60}:
    print(x, end=" ")
print()
print([x for x in {10, 20, 30, 40, 50, 60}], {x for x in {64, 0, 32, 96, 16}})
print({-10, 20, (1, 2), 40, 50, 60.5})
y = 7
print({y, 20, 30, 40, 50, 60}, {1, 2}, {*[10, 20, 30, 40, 50, 60]})
print(frozenset({10, 20, 30, 40, 50, 60}), set([10, 20, 30, 40, 50, 60]))
print({100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500})
print({1, 9, 17, 25, 33}, {33, 25, 17, 9, 1})
print({18, 60, 50, 40, 30, 20, 10}, {10, 20, 30, 40, 50, 60, 18})


def f():
    return {60, 50, 40, 30, 20, 10, 18}


print(f(), 33 in {1, 9, 17, 25, 33}, 5 not in {1, 9, 17, 25, 33})
print({1, 1.0, True, 2}, {True, 1, 1.0, 2}, {1.0, 2, 3}, {0.0, -0.0, 8, 16})
print({(1, 2), (2, 1), (1, 2), (8, 16), (0,)}, {(2, 1), (1, 2), (0,), (8, 16)})
s = {64, 128, 192, 256, 320}
s.add(0)
print(s, s.pop(), s)

# Operators on constants count as constants where CPython folds them.
print({1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7, 3})
print({2**8, 2**9, 2**10, 2**11, 2**12, 5})
print({10*8, 20*8, 30*8, 40*8, 50*8, 60*8})
print({-1j, 1+2j, 3-4j, 5j, 7, 8.5})
print({+5, ~5, -5, 37, 69, 101})
print({"a"[0:0] or 8, 16, 24, 32, 40})
print({(1, -2), (3, +4), (5, 6), (8, 9), (10, 11)})
print({1, 2, 3, 4, 5} | {*range(3)})
print({"ab" * 3, "x", "y"} == {"ababab", "x", "y"})
print(len({"a" * 10**6, 1, 2}), len({(0,) * 300, 1, 2, 3}))
print({2**200, 1, 2, 3, 4, 5} == {1, 2, 3, 4, 5, 2**200}, {1 / 2, 0.25, 8 // 3, 7 % 4, 1 << 70, 5 >> 1})
try:
    print({1 / 0, 1, 2})
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print({not 0, not 1, -0.0, 2, 3}, {~1, -(-3), +(+4), 8, 16, 24})

# A constant indexed by a constant is a constant too; a slice is not, nor a failing index.
print({b"12"[1], 10**20, 11}, {(1, 2)[0], 10**20, 11}, {(7, (8, 9))[1][0], 10**20, 11})
print({b"12"[0:1][0], 10**20, 11}, {"xyz"[1:] and 3, 10**20, 11}, {(3, 4)[-1], 2**70, 5, 13})
try:
    print({(1, 2)[5], 10**20, 11})
except IndexError as e:
    print("IndexError", e)
for x in {b"ab"[0], 10**20, 11}:
    print(x, end=" ")
print(10**20 in {b"ab"[1], 10**20, 11})

# Operators on big constants fold up to CPython's limit of 128 bits of result (by the operands'
# real sizes), and a zero operand is never too big.
print({(3**40) * -3, 10**20, 3}, {(-1 - 2) - (22 * (2**63)), 3, 21}, {(12345678901234567890 << 9), (2**64 - 1), 0o777})
print({(2**70) * (2**58), 5, 9}, {(2**70) * (2**59), 5, 9}, {0 * (10**50), 10**20, 7}, {0 << 200, 10**20, 7})
print({(2**64) ** 2, 10**20, 3}, {(2**65) ** 2, 10**20, 3}, {(2**60) << 68, 10**20, 3}, {(2**60) << 69, 10**20, 3})
print({10**40 * 10**40, 11, 13}, {-(10**30) * 7, 10**20, 2})
