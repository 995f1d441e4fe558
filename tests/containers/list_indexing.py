l = ['a', 'b', 'c', 'd']
print(l[0], l[-1], l[-4], l[3])
for i in (4, -5, 100, -100):
    try:
        l[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for bad in ('1', 1.0, None, (1,)):
    try:
        l[bad]
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
l[-1] = 'D'
l[0] = 'A'
print(l)
try:
    l[10] = 'x'
except IndexError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(l[I()], l[True], l[False])
l[I()] = 'C'
print(l)
print([[1, 2], [3, 4]][1][0], ['abc'][0][1])
