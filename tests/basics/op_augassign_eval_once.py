# augmented assignment evaluates the target's parts once
calls = []


def idx(i):
    calls.append(i)
    return i


a = [0, 0, 0]
a[idx(1)] += 5
print(a, calls)


class Holder:
    def __init__(self):
        self.v = 1


hs = [Holder()]


def get(i):
    calls.append('get')
    return hs[i]


get(0).v += 10
print(hs[0].v, calls)
d = {}
d.setdefault('x', [0])[0] += 1
print(d)
