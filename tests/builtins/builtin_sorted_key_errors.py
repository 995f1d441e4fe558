data = ['b10', 'a2', 'a10', 'b1']
print(sorted(data, key=lambda s: (s[0], int(s[1:]))))
print(sorted(data, key=lambda s: int(s[1:]), reverse=True))
try:
    sorted(data, key=lambda s: int(s))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted(data, key=len, reverse='yes')
    print('truthy reverse accepted')
except TypeError as e:
    print(type(e).__name__)
try:
    sorted([{}, {}])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{'n': 2}, {'n': 1}], key=lambda d: d['n']))
print(sorted([3, 1, 2], key=lambda v: -v), sorted('hello', key=lambda c: (c not in 'aeiou', c)))
print(sorted([[1, 'b'], [1, 'a']], key=lambda x: x[0]), sorted(range(5), key=lambda v: v % 2))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoLt()]) != [], len(sorted([NoLt()])))
