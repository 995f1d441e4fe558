# truth values of objects
vals = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (None,), {}, {0: 0}, None, True, False,
        2 ** 100, -0.0]
for v in vals:
    if v:
        print(repr(v), 'true')
    else:
        print(repr(v), 'false')
print(bool(0), bool(3), bool(''), bool('x'), bool([]), bool([[]]))
print(bool(None), bool(range(0)), bool(range(3)))
