records = [('alice', 30, 'NY'), ('bob', 25, 'LA'), ('carol', 30, 'SF'), ('dave', 25, 'NY'), ('eve', 35, 'LA'), ('frank', 30, 'LA')]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[2]))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
l = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
l.sort(key=lambda t: t[0])
print(l)
l.sort(key=lambda t: t[0], reverse=True)
print(l)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted((3, 1)), sorted({3: 'x', 1: 'y'}))
print(sorted([-3, 2, -1], key=abs), sorted(['B', 'a', 'C'], key=str.lower), sorted([1.5, -2, 0]))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__)
x = [5, 4, 3]
y = sorted(x)
print(x, y, x is not y)
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([1, 2, 3], key=key), calls)
data = list(range(20))
data.sort(key=lambda v: v % 3)
print(data)
print(sorted([[2, 'b'], [1, 'c'], [2, 'a']]), sorted([], reverse=True), sorted([None], key=lambda v: 0))
