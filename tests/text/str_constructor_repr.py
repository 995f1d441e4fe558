for v in [0, -5, 1.5, 1e100, True, None, [1, 'a'], (1,), {'a': 'b'}, 'str', b'bytes', 1 + 2j, range(3), slice(1, 2)]:
    print(str(v), repr(v))
for s in ["simple", "it's", 'say "x"', 'both \' and "', '\n\t\x00', 'é', '\x7f', '\x80', '\u0100', '😀', '\\']:
    print(repr(s), ascii(s), len(str(s)))
print(repr(''), repr(' '), repr("''"), repr('""'))
print(str(b'a\x00'), repr(b"'"), repr(b'"\''))
class S:
    def __str__(self):
        return 'S!'
print(str(S()), '%s' % S(), '{}'.format(S()), f'{S()}', [str(S())])
print(str(str), str(int).startswith('<class'), repr(int))
print(type(str()).__name__, str() == '', str('x', 'utf-8') if False else 'skip')
try:
    str(b'x', 'no-such-encoding')
except LookupError as e:
    print(type(e).__name__)
try:
    str(5, 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
