class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
    def describe(self):
        return '%s with area %.2f' % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in [Square(2), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented is not NotImplementedError, type(NotImplemented).__name__)
class Template:
    def run(self):
        return [self.step1(), self.step2(), self.hook()]
    def step1(self):
        return 'base step1'
    def step2(self):
        return 'base step2'
    def hook(self):
        return None
class Concrete(Template):
    def step2(self):
        return 'custom step2'
    def hook(self):
        return 'hooked'
print(Template().run())
print(Concrete().run())
shapes = sorted([Square(3), Circle(1), Square(1)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
print(sum(s.area() for s in [Square(1), Square(2)]))
