class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
d = {K(1): 'one', K(2): 'two'}
print(d[K(1)], K(2) in d, K(3) in d)
print(len({K(1), K(1), K(2)}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class Sub(K):
    pass
print(Sub.__hash__ is K.__hash__)
class SubEq(K):
    def __eq__(self, o):
        return False
print(SubEq.__hash__)
class Restore(EqOnly):
    __hash__ = object.__hash__
r = Restore()
print(hash(r) == hash(r))
class Weird:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        print('eq called')
        return self is o
w1, w2 = Weird(), Weird()
s = {w1, w2}
print(len(s))
print(w1 in {w1})
class BadHash:
    def __hash__(self):
        return 'not int'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class Ne:
    def __eq__(self, o):
        return 'eq result'
print(Ne() == 1, Ne() != 1)
class NeOnly:
    def __ne__(self, o):
        return 'custom ne'
print(NeOnly() != 1, NeOnly() == 1)
