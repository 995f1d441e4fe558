# __len__ and __getitem__
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError('out of range')
        return i * i


s = Squares(5)
print(len(s), s[0], s[3], s[-1])
try:
    s[5]
except IndexError as e:
    print('IndexError', e)
print(bool(s), bool(Squares(0)))
if not Squares(0):
    print('empty is falsy')


class Table:
    def __init__(self):
        self.data = {'a': 1}

    def __getitem__(self, key):
        return self.data.get(key, 'missing')


t = Table()
print(t['a'], t['b'], t[1])
