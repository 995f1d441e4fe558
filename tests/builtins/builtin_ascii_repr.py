for v in ['abc', 'é', '日本', '😀', '\n', "it's", b'\xff', ['é', 'x'], {'ключ': 'значение'}, 1.5, None, ('ü',)]:
    print(ascii(v), repr(v))
class C:
    def __repr__(self):
        return 'C(ñ)'
print(ascii(C()), repr(C()), ascii([C()]))
print(repr(repr('x')), ascii(ascii('é')))
try:
    ascii()
except TypeError as e:
    print(type(e).__name__)
print(repr(1e16), repr(-0.0), repr(2 ** 70), repr(True), repr(...), repr(NotImplemented))
print(repr(int), repr(len), repr(type(None)), repr(print).startswith('<built-in function'))
print(repr(set()), repr(frozenset()), repr({}), repr([]), repr(''), repr(b''))
