class S:
    __slots__ = ('a',)
s = S()
setattr(s, 'a', 1)
print(getattr(s, 'a'))
try:
    setattr(s, 'b', 2)
except AttributeError as e:
    print(type(e).__name__)
class Validated:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private: ' + name)
        object.__setattr__(self, name, value)
v = Validated()
setattr(v, 'ok', 1)
print(v.ok)
try:
    setattr(v, '_hidden', 1)
except AttributeError as e:
    print(e)
for target in (1, 'str', [], None, len):
    try:
        setattr(target, 'x', 1)
    except (AttributeError, TypeError) as e:
        print(type(target).__name__, type(e).__name__)
class C:
    pass
setattr(C, 'class_level', 'yes')
print(C.class_level, C().class_level)
try:
    setattr(int, 'x', 1)
except TypeError as e:
    print(type(e).__name__)
try:
    setattr(C(), 'x')
except TypeError as e:
    print(type(e).__name__)
