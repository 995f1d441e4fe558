l = [3, 1, 2]
def key(v):
    l.append(v)
    return v
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(l))
m = [5, 4, 3]
def key2(v):
    m.clear()
    return v
try:
    m.sort(key=key2)
    print('sorted', m)
except ValueError as e:
    print(type(e).__name__, e)
n = [2, 1]
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
objs = [Weird(3), Weird(1), Weird(2)]
objs.sort()
print([o.v for o in objs])
objs.sort(key=lambda o: -o.v)
print([o.v for o in objs])
try:
    [Weird(1), 5].sort()
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
