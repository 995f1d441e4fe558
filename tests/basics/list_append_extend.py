# append, extend, insert
a = []
for i in range(5):
    a.append(i * 2)
print(a)
a.append([1, 2])
print(a, len(a))
a.extend([3, 4])
print(a)
a.extend((5, 6))
a.extend('ab')
a.extend(range(2))
print(a)
a.extend([])
print(len(a))
b = [1, 2, 3]
b.insert(0, 'first')
b.insert(2, 'mid')
b.insert(len(b), 'last')
b.insert(-1, 'beforelast')
b.insert(100, 'end')
b.insert(-100, 'start')
print(b)
c = [1]
c.extend(c)
print(c)
print(c.append(3))
