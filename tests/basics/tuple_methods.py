# tuple.count and tuple.index
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(1), t.count(0))
print(t.index(1), t.index(5), t.index(5, 5))
try:
    t.index(7)
except ValueError:
    print('ValueError')
print(().count(1))
print(('a', 'b', 'a').count('a'))
