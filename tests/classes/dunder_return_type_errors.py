def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return 'x'
class BadIter:
    def __iter__(self):
        return 5
class BadIndex:
    def __index__(self):
        return 1.5
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return b'bytes'
class BadHash:
    def __hash__(self):
        return 1.5
class BadInt:
    def __int__(self):
        return 'n'
class BadFloat:
    def __float__(self):
        return 1
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise TypeError('next failed')
show(lambda: bool(BadBool()))
show(lambda: len(BadLen()))
show(lambda: iter(BadIter()))
show(lambda: [0, 1][BadIndex()])
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: hash(BadHash()))
show(lambda: int(BadInt()))
show(lambda: float(BadFloat()))
show(lambda: list(BadNext()))
show(lambda: format(object(), 'x'))
show(lambda: '{:d}'.format(BadBool()))
