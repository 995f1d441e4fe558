class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__)
try:
    (1).__class__ = B
except TypeError as e:
    print(type(e).__name__)
class State:
    def handle(self):
        self.__class__ = Other
        return 'State handled'
class Other(State):
    def handle(self):
        self.__class__ = State
        return 'Other handled'
s = State()
print([s.handle() for _ in range(4)])
print(a.__class__ is type(a))
class Sl1:
    __slots__ = ('x',)
class Sl2:
    __slots__ = ('y',)
o = Sl1()
try:
    o.__class__ = Sl2
except TypeError as e:
    print('layout differs', type(e).__name__)
