class Rec:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, k):
        print('get', k)
        return self.data[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.data[k]
r = Rec()
print(r[2:5])
r[::3] = [0, 0, 0, 0]
print(r.data)
r[1:3] = []
del r[-2:]
print(r.data)
r[...] if False else None
print(r[-1], r[slice(None, 2)])
r[1], r[2] = r[2], r[1]
print(r.data)
class Grid:
    def __getitem__(self, pos):
        r, c = pos
        return r * 10 + c
    def __setitem__(self, pos, v):
        print('grid set', pos, v)
g = Grid()
print(g[1, 2], g[(3, 4)])
g[0, 0] = 'x'
g[1:2, ::2] = 'slices'
