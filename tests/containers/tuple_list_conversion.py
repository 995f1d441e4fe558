print(list((1, 2)), tuple([1, 2]), list('ab'), tuple('ab'), list(range(3)), tuple(range(3)))
print(list({'a': 1, 'b': 2}), list({'a': 1}.items()), tuple({'x': 0}.values()))
print(sorted(list({3, 1, 2})), list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
print(list(zip([1, 2], 'ab')), dict(zip('ab', (1, 2))), list(enumerate('xy')))
print(list(iter([5])), list(reversed((1, 2, 3))), list(x for x in 'ab'))
print(tuple(list(tuple([1, [2]]))), [list(t) for t in [(1, 2), (3,)]])
print(list(list('a')), list([]), tuple(()), list(()), tuple([]))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self):
        return iter([7, 8])
print(list(It()), tuple(It()), set(It()) == {7, 8}, dict.fromkeys(It()))
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 100
print(list(Seq()), tuple(Seq()))
print(str([1, 2]), str((1, 2)), str((1,)), repr([]), repr(()))
