# class attributes versus instance attributes
class Counter:
    count = 0
    kind = 'counter'

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


a = Counter()
b = Counter()
print(Counter.count, a.count, b.count, a.id, b.id)
a.kind = 'special'
print(a.kind, b.kind, Counter.kind)
Counter.kind = 'changed'
print(a.kind, b.kind)


class Shared:
    items = []

    def add(self, x):
        self.items.append(x)


s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)


class Own:
    def __init__(self):
        self.items = []


o1 = Own()
o2 = Own()
o1.items.append(1)
print(o1.items, o2.items)
print(hasattr(a, 'id'), hasattr(Counter, 'id'), hasattr(Counter, 'count'))
