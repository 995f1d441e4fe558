class OnlyIter:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
print(2 in OnlyIter(), 9 in OnlyIter())
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        print('getitem', i)
        return i * 10
print(10 in OnlyGetitem())
class Contains:
    def __contains__(self, x):
        return x == 'magic'
    def __iter__(self):
        raise AssertionError('should not iterate')
print('magic' in Contains(), 'other' not in Contains())
class Truthy:
    def __contains__(self, x):
        return [1]
print(5 in Truthy(), type(5 in Truthy()).__name__)
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class NoContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContainsNone()
except TypeError as e:
    print(type(e).__name__)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
