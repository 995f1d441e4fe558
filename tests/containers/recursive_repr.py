l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l))
d = {'a': 1}
d['self'] = d
print(d)
nested = [l, d]
print(nested)
a = []
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
dd = {}
dd[1] = [dd]
print(dd)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.children)
n = Node(1)
n.children.append(Node(2))
print(n)
s = [[]] * 2
s[0].append(1)
print(s)
x = [0]
x[0] = x
print(x, x[0] is x, x == x)
dl = {'list': []}
dl['list'].append(dl)
print(dl)
print(l[2][2][2] is l)
