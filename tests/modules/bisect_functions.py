# bisect: bisect_left/right and insort_left/right with lo, hi and key.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, 0, 2))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect(a, 2, hi=2))
print(bisect.bisect_left(a, 2, lo=1, hi=None))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
bisect.insort(b, 7, 0, 10)
print(b)

# key=
records = [('alice', 20), ('bob', 25), ('carol', 25), ('dave', 31)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=ages), bisect.bisect_right(records, 25, key=ages))
bisect.insort(records, ('eve', 25), key=ages)
bisect.insort_left(records, ('fay', 25), key=ages)
bisect.insort_right(records, ('gus', 1), key=ages)
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('abdf', 'c'), bisect.bisect_right((1.5, 2.5), 2.5))

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort(a, 1, -5)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError:
    print('TypeError')
