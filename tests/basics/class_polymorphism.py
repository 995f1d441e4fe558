# calling the same method on different classes
class Shape:
    def area(self):
        return 0

    def describe(self):
        return type(self).__name__ + ' with area ' + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Rect(2, 3), Square(4), Circle(1), Shape()]
for s in shapes:
    print(s.describe())
print(sum([s.area() for s in shapes]))
print(sorted([s.area() for s in shapes]))
largest = shapes[0]
for s in shapes:
    if s.area() > largest.area():
        largest = s
print(type(largest).__name__)
