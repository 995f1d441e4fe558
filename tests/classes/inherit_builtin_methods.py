class MyDict(dict):
    def __getitem__(self, k):
        return 'custom ' + str(dict.__getitem__(self, k))
d = MyDict(a=1)
print(d['a'], d.get('a'), dict(d), list(d.values()))
class MyList(list):
    def __iter__(self):
        return iter(['iter-override'])
ml = MyList([1, 2])
print(list(ml), len(ml), ml[0], str(ml))
class MyStr(str):
    def __len__(self):
        return 42
print(len(MyStr('ab')), MyStr('ab').upper(), MyStr('ab') + 'c')
class MyInt(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
print(MyInt(1) == 2, 2 == MyInt(1), MyInt(1) != 5, {MyInt(1): 'v'}.get(1))
class Neg(float):
    def __neg__(self):
        return 'custom neg'
print(-Neg(1.5), Neg(1.5) + 1, type(Neg(1.5) + 1).__name__)
class T(tuple):
    def __getitem__(self, i):
        return 'item' + str(i)
print(T((1, 2))[0], list(T((1, 2))), T((1, 2)) == (1, 2))
