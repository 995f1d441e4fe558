# defining a class, creating instances, attributes and methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.move(1, 1)
print(p.x, p.y)
print(p.move(1, 0).move(0, 1).norm2())
q = Point(0, 0)
print(q.norm2(), p.x)
p.z = 'dynamic'
print(p.z)
print(type(p).__name__, isinstance(p, Point))
print(Point.norm2(q))
m = p.norm2
print(m())
