# operator: itemgetter, attrgetter and methodcaller, with their reprs.
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([1, 2, 3]), g('abc'), g({1: 'one'}), repr(g))
g2 = itemgetter(0, 2)
print(g2('abc'), g2([1, 2, 3]), repr(g2), repr(itemgetter('name', slice(1, 2))))
print(itemgetter(slice(2))([1, 2, 3]), itemgetter(-1)((4, 5)))
rows = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

    def greet(self, greeting='Hello', punct='.'):
        return '%s, %s%s' % (greeting, self.name.first, punct)


people = [Person('Ann', 'Lee', 40), Person('Bo', 'Kim', 22), Person('Cy', 'Ash', 31)]
a = attrgetter('age')
print(a(people[0]), repr(a), [p.age for p in sorted(people, key=a)])
a2 = attrgetter('name.last', 'age')
print(a2(people[1]), repr(a2), [attrgetter('name.first')(p) for p in sorted(people, key=attrgetter('name.last'))])

m = methodcaller('greet')
print(m(people[0]), repr(m))
m2 = methodcaller('greet', 'Hi', punct='!')
print(m2(people[2]), repr(m2))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('get', 'k', 0)({}))
print(list(map(methodcaller('strip'), [' a ', 'b  '])), repr(methodcaller('f', 1, 'x', k=[2])))

for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1),
            lambda: methodcaller(1), lambda: methodcaller(), lambda: itemgetter(5)([1]),
            lambda: attrgetter('nope')(people[0]), lambda: attrgetter('name.nope')(people[0]),
            lambda: itemgetter('k')({})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print(type(itemgetter(1)).__name__, callable(attrgetter('x')))
