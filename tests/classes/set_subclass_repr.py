# A set subclass shows its name in repr() and str(), as in CPython: S({1, 2}), S(), F({1}).
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([3, 1]), F(), F([2, 5]), set(), frozenset(), {1}, frozenset([1]))
print(repr(S([8, 16])), str(F([8])), [S([1])], {F([1]): S()})
class R(set):
    def __repr__(self):
        return "R!"
print(R([1]), [R()])
s = S([1])
print(s | {2}, s.copy(), type(s.copy()).__name__)
class T(set):
    def __init__(self, *a):
        super().__init__(*a)
        self.x = 1
t = T([5, 3])
print(t, repr(t), str(t), f"{t}", "%s %r" % (t, t), [t], set.__repr__(t), object.__repr__(t)[:3])
