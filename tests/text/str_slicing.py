s = 'abcdefghij'
cases = [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None), (None, -3, None),
         (None, None, -1), (8, 2, -1), (8, 2, -2), (-1, -11, -1), (100, None, None), (-100, 3, None),
         (None, None, 3), (1, None, -1), (None, 1, -1), (5, 5, None), (7, 3, None), (0, 10, 4), (-2, -8, -3)]
for a, b, c in cases:
    print((a, b, c), repr(s[a:b:c]), repr(s[slice(a, b, c)]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[True:], s[:False], s[2:3] == s[2], s[-1:] + s[:-1])
try:
    s['a':]
except TypeError as e:
    print(type(e).__name__, e)
print(''[5:], ''[::-1], 'x'[0:0], 'x'[-5:5])
big = 10 ** 30
print(s[-big:big], s[big:], s[::big], s[::-big])
class I:
    def __index__(self):
        return 3
print(s[I():], s[:I()], s[::I()])
