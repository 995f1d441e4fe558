q = []
for i in range(5):
    q.append(i)
print(q.pop(0), q.pop(0), q)
q.insert(0, 'front')
print(q)
stack = []
for c in 'abc':
    stack.append(c)
out = ''
while stack:
    out += stack.pop()
print(out)
def rotate(l, k):
    k %= len(l)
    return l[-k:] + l[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 5))
window = []
res = []
for v in [1, 3, 5, 7, 9, 11]:
    window.append(v)
    if len(window) > 3:
        window.pop(0)
    res.append(sum(window) / len(window))
print(res)
ring = [0] * 4
for i in range(10):
    ring[i % 4] = i
print(ring)
l = list(range(8))
l[:] = l[3:] + l[:3]
print(l)
print(l.index(0), l[l.index(0):] + l[:l.index(0)])
