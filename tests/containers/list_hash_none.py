# list.__hash__ is None, as for dict and set: lists and their subclasses are unhashable.
print(list.__hash__, dict.__hash__, set.__hash__, '__hash__' in list.__dict__)


class L(list):
    pass


class H(list):
    def __hash__(self):
        return 7


for v in ([], L([1]), H()):
    try:
        print(type(v).__name__, hash(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(L.__hash__, {H(): 1}[H()] if False else 'skip', hash(H()))
print(type([]).__hash__ is None, callable(getattr(tuple, '__hash__')))
