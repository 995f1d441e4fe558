# single inheritance and method overriding
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return '...'

    def describe(self):
        return self.name + ' says ' + self.speak()


class Dog(Animal):
    def speak(self):
        return 'woof'


class Puppy(Dog):
    def speak(self):
        return 'yip'


class Fish(Animal):
    pass


for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Fish('nemo')]:
    print(a.describe())
print(isinstance(Puppy('p'), Animal), isinstance(Dog('d'), Puppy))
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(issubclass(Dog, Dog), issubclass(Dog, object))
print(type(Puppy('x')).__name__)
