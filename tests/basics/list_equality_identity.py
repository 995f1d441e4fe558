# equality versus identity for lists
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
c.append(4)
print(a, b)
print(a == b)
x = []
y = []
print(x == y, x is y)
nested = [a, a]
nested[0].append(5)
print(nested)
print(nested[0] is nested[1])
