# Builtin methods read from their class are method descriptors: they check their first
# argument, bind through __get__ or a class body, and compare equal across reads.
print(list.append, type(list.append).__name__, list.append.__name__, list.append.__qualname__, list.append.__objclass__)
l = []
list.append(l, 1)
print(l, str.upper('ab'), list(map(str.upper, ['a', 'b'])), str.join('-', 'abc'), bool.bit_length(True))
for f in [lambda: list.append(5, 1), lambda: str.upper(3), lambda: list.append(), lambda: int.bit_length('x'), lambda: dict.get([], 1)]:
    try: f()
    except TypeError as e: print(e)
print(list.append == list.append, list.append != list.pop, hash(list.append) == hash(list.append), list.append.__get__(l)(2), l)
class L(list): pass
print(L.append, L.append.__objclass__, str.maketrans('a', 'b'), dict.fromkeys('ab'), int.from_bytes(b'\x01', 'big'))
print(list.append.__get__(None, list) is not None, sorted(['b', 'A'], key=str.lower))
class X(list):
    add = list.append
    up = str.upper
x = X()
x.add(7)
print(x, X.add, type(X.__dict__['add']).__name__)
# A bound method is never equal to a method descriptor, whichever side it is on.
print(list.append == [].append, [].append == list.append, list.append != [].append, {list.append: 1}[list.append])
