# attribute lookup order: instance, class, base classes
class A:
    x = 'A.x'
    y = 'A.y'

    def m(self):
        return 'A.m'


class B(A):
    y = 'B.y'

    def m(self):
        return 'B.m then ' + A.m(self)


b = B()
print(b.x, b.y, b.m())
b.x = 'b.x'
print(b.x, B.x, A.x)
A.x = 'A.x changed'
print(B.x, B().x, b.x)
del b.x
print(b.x)
B.z = 'added later'
print(b.z)
print(hasattr(A(), 'z'))
