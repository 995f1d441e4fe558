# A metaclass's __dir__ and __reversed__ serve dir() and reversed() of its classes.
class Meta(type):
    def __dir__(cls):
        return ['b', 'a', 'custom']

    def __reversed__(cls):
        return iter(['z', 'y'])

    def __iter__(cls):
        return iter(['y', 'z'])


class A(metaclass=Meta):
    x = 1


print(dir(A), list(reversed(A)), list(A))


class Plain:
    y = 2


print('y' in dir(Plain), '__init__' in dir(Plain))
try:
    reversed(Plain)
except TypeError as e:
    print('TypeError', e)


class Meta2(type):
    pass


class B(metaclass=Meta2):
    z = 3


print('z' in dir(B))
try:
    reversed(B)
except TypeError as e:
    print('TypeError', e)
print(dir(A()) == dir(A()) and 'x' in dir(A()))
