d = {}
keys = [1, 1.5, 'str', b'bytes', (1, 2), frozenset([3]), None, True, 2 + 3j, (), ('nested', (1,)), range(2)]
for k in keys:
    d[k] = repr(k)
print(len(d))
for k in keys:
    print(repr(k), d[k])
for bad in ([], {}, set(), [1, 2], (1, [2]), {'a': 1}.keys()):
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
d2 = {H(1): 'one'}
print(d2[H(1)], H(2) in d2, d2.get(H(1)))
class NoEq:
    pass
k1, k2 = NoEq(), NoEq()
d3 = {k1: 1, k2: 2}
print(len(d3), d3[k1], d3[k2])
print({(1, 2): 'a'}[1, 2])
