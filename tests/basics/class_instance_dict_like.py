# objects holding collections, mutated through methods
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count=1):
        self.items[name] = self.items.get(name, 0) + count

    def remove(self, name, count=1):
        if self.items.get(name, 0) < count:
            raise ValueError('not enough ' + name)
        self.items[name] -= count
        if self.items[name] == 0:
            del self.items[name]

    def __len__(self):
        return len(self.items)

    def __str__(self):
        parts = []
        for k in self.items:
            parts.append(k + '=' + str(self.items[k]))
        return 'Inventory(' + ', '.join(parts) + ')'


inv = Inventory()
inv.add('apple', 3)
inv.add('pear')
inv.add('apple')
print(inv, len(inv))
inv.remove('pear')
print(inv, len(inv))
try:
    inv.remove('apple', 10)
except ValueError as e:
    print(e)
inv.remove('apple', 4)
print(inv, len(inv))
