# calling base class methods with super() and Base.method(self)
class Base:
    def __init__(self, x):
        self.x = x
        print('Base init')

    def show(self):
        return 'Base(' + str(self.x) + ')'


class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Mid init')

    def show(self):
        return 'Mid[' + super().show() + ', ' + str(self.y) + ']'


class Leaf(Mid):
    def __init__(self):
        Mid.__init__(self, 1, 2)
        print('Leaf init')

    def show(self):
        return 'Leaf<' + Mid.show(self) + '>'


b = Base(0)
print(b.show())
m = Mid(5, 6)
print(m.show(), m.x, m.y)
leaf = Leaf()
print(leaf.show())


class Logger(Base):
    def show(self):
        text = super().show()
        return text.upper()


print(Logger('abc').show())
