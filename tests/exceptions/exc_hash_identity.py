# Exceptions hash by identity and are always true: dict and set keys, subclasses, __hash__.
e = ValueError("x")
print(hash(e) == hash(e), hash(e) == hash(ValueError("x")))
d = {e: 1, KeyError(): 2, StopIteration(): 3}
print(d[e], len(d))
print(len({KeyError(), KeyError()}), e in {e}, ValueError("x") in {e})
print(bool(ValueError()), bool(Exception("")), not BaseException())
print(ValueError.__hash__ is object.__hash__, type(e).__hash__(e) == hash(e))


class E(ValueError):
    pass


x = E()
print(hash(x) == hash(x), {x: 3}[x])


class F(Exception):
    def __hash__(self):
        return 7


print(hash(F()), e == e, e != ValueError("x"))
