class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s makes a sound' % self.name
    def describe(self):
        return '%s is a %s: %s' % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return '%s barks' % self.name
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + ' softly'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1)]:
    print(a.describe())
p = Puppy('bit', 1)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog('x'), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__ == (Dog,), Dog.__base__ is Animal)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.kind, p.age)
Animal.kind = 'creature'
print(Animal('a').kind, Dog('d').kind)
del Dog.kind
print(Dog('d').kind)
print(type(p).__name__, p.__class__.__name__)
class Empty(Animal):
    pass
print(Empty('e').speak())
print(Animal.__subclasses__() == [Dog, Empty])
print(object in Puppy.__mro__)
print(issubclass(Dog, (int, Animal)), isinstance(p, (str, Dog)))
