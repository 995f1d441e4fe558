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
