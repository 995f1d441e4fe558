# IndexError from sequences
try:
    [1, 2, 3][3]
except IndexError as e:
    print(e)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    (1, 2)[-3]
except IndexError as e:
    print(e)
try:
    'abc'[10]
except IndexError as e:
    print(e)
try:
    range(3)[3]
except IndexError:
    print('IndexError range')
try:
    a = [1]
    a[1] = 2
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError:
    print('IndexError pop')
print([1, 2, 3][1:100], 'abc'[5:], (1,)[3:])
