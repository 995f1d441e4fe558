vals = [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), '', ' ', b'', b'\x00', range(0), range(1), 0, 0.0, 0j, None]
for v in vals:
    print(repr(v), bool(v), len(v) if hasattr(v, '__len__') else '-')
print(len([1, [2, 3]]), len({'a': [1, 2, 3]}), len('日本'), len(b'\xe6\x97\xa5'), len(range(0, 10, 3)))
if [] or {} or ():
    print('never')
else:
    print('all empty falsy')
x = [0] or ['default']
print(x)
print(not [], not [[]], [] == False, bool([]) == False)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
