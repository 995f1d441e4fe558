# Deliberate difference (docs/differences.md): sorted() and list.sort() reach the same stable
# order as CPython but call __lt__ on different pairs, visible only to a __lt__ that prints.
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        print('compare', self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return '%d%s' % (self.v, self.tag)


print(sorted([K(3, 'a'), K(1, 'b'), K(2, 'c'), K(1, 'd')]))
