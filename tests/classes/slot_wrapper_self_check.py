# A builtin type's dunder read from the class checks what it is called with: a slot wrapper
# applied to an instance of another type is a TypeError, never that type's own operation.
def attempt(text):
    try:
        print(text, '->', repr(eval(text)))
    except TypeError as e:
        print(text, '-> TypeError', e)

for text in [
    "list.__len__({1: 2})",
    "list.__setitem__({}, 0, 1)",
    "list.__contains__((1,), 1)",
    "list.__delitem__({1: 2}, 1)",
    "int.__add__('a', 1)",
    "str.__len__([1])",
    "tuple.__iter__([1])",
    "list.__repr__((1,))",
    "str.__getitem__(b'ab', 0)",
    "list.__len__([1, 2, 3])",
    "str.__getitem__('abc', 1)",
    "int.__neg__(True)",
    "int.__lt__(1, 2)",
    "tuple.__hash__((1, 2)) == hash((1, 2))",
]:
    attempt(text)

# Subclasses are instances of the owner, as in CPython.
class L(list):
    pass

print(list.__len__(L([1, 2])), L.__len__(L([1])), L.__len__([1, 2, 3]))
print(int.__add__(True, 2))

# The descriptor prints as CPython's slot wrapper, a method as a method.
print(list.__len__, int.__add__, list.append)

# object's own __repr__ of a builtin value is object's, not the value's.
print(object.__repr__(1).startswith('<int object at 0x'))
print(object.__repr__([1]).startswith('<list object at 0x'))
print(int.__repr__(5), str.__repr__('x'))

# Two reads of a builtin type's method or slot wrapper give the same object.
print(list.__repr__ is list.__repr__, list.append is list.append, int.__add__ is int.__add__)
print(L.__len__ is list.__len__, dict.get is dict.get, str.__repr__ is list.__repr__)

# Each builtin exception class has its own __init__; a class statement's inherits its base's.
class E(KeyError):
    pass

print(KeyError.__init__ is BaseException.__init__, KeyError.__init__ is KeyError.__init__)
print(E.__init__ is KeyError.__init__, ValueError.__init__ is Exception.__init__)
