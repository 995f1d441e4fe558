print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))), list(reversed(b'ab')))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed([])))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, 'end'))
class R:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in (5, {1, 2}, iter([1]), None):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__)
def gen():
    yield 1
try:
    reversed(gen())
except TypeError as e:
    print(type(e).__name__, e)
print(''.join(reversed('stressed')), list(reversed(list(reversed([1, 2])))))
