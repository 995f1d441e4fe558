# itertools: subclasses of the iterator types, with their own methods and __next__.
import itertools as it

class C(it.count):
    def twice(self):
        return next(self), next(self)
c = C(5, 2)
print(c.twice(), next(c), list(it.islice(c, 3)), isinstance(c, it.count), type(c).__name__)
print(iter(c) is c)

class Ch(it.chain):
    pass
print(list(Ch('ab', 'cd')), list(Ch.from_iterable(['x', 'y'])))
print(type(Ch.from_iterable([])).__name__, type(it.chain.from_iterable([])).__name__)

class G(it.groupby):
    def __next__(self):
        k, g = super().__next__()
        return k, ''.join(g)
print(list(G('aabccc')), [k for k, g in G('xxy')])

class Cy(it.cycle):
    pass
print(list(it.islice(Cy('ab'), 5)))

class R(it.repeat):
    def __init__(self, obj, times):
        self.label = 'R%d' % times
print(list(R(1, 3)), R(0, 2).label)

class Upper(it.zip_longest):
    def __next__(self):
        return tuple(str(x).upper() for x in super().__next__())
print(list(Upper('ab', 'c', fillvalue='-')))

for T in (it.accumulate, it.compress, it.dropwhile, it.takewhile, it.filterfalse, it.islice,
          it.starmap, it.zip_longest, it.pairwise, it.product, it.permutations, it.combinations,
          it.combinations_with_replacement):
    class S(T):
        pass
    print(T.__name__, issubclass(S, T))
class P(it.permutations):
    pass
print(list(P('abc', 2))[:3], list(it.islice(type('T', (it.takewhile,), {})(bool, [1, 0]), 5)))
