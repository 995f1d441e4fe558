# __eq__ and the derived !=
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return False
        return self.x == other.x and self.y == other.y


a = Vec(1, 2)
b = Vec(1, 2)
c = Vec(2, 1)
print(a == b, a == c, a != b, a != c)
print(a is b)
print(a == 'text', a != 5)
print([a, c].index(b))
print(b in [c, a], Vec(9, 9) in [a, b, c])
print([a].count(b))


class NoEq:
    pass


n1 = NoEq()
n2 = NoEq()
print(n1 == n1, n1 == n2, n1 != n2)
