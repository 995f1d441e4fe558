# pop, remove, index, count
a = [10, 20, 30, 40, 50, 20]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(5, 7, 9))
print(a.count(5), a.count(1), a.count(7))
a.remove(1)
print(a)
a.remove(5)
print(a)
try:
    a.remove(100)
except ValueError:
    print('ValueError remove')
try:
    a.index(100)
except ValueError:
    print('ValueError index')
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].pop(5)
except IndexError:
    print('IndexError')
