# + of str and bytes and their join share one routine: results, types, the operand that is
# the result itself where CPython gives it, and the errors.
s = 'abc'
print(s + '' is s, '' + s is s, ''.join([s]) is s, ''.join(['', s]) is s, 'x'.join(['', s]) is s)
print('a' + 'b', b'a' + b'b', b'' + b'', '' + '', ''.join([]), b''.join([]))
print(b'-'.join([b'a', bytearray(b'b')]), '-'.join(iter(['a', 'b', 'c'])), '+'.join(['', '', '']))


class S(str):
    pass


class B(bytes):
    pass


print(type(S('a') + ''), type('' + S('a')), type(''.join([S('x')])), ''.join((S('x'), 'y')))
print(type(B(b'a') + b''), type(b'' + B(b'a')), type(b''.join([B(b'q')])))
x = b'ab'
print(x + b'' is x, b'' + x is x, x + bytearray() is x, b''.join([x]) is x, b'-'.join([x]) is x)
print(b'ab' + bytearray(b'cd'), b'' + bytearray(b'cd'), type(b'' + bytearray(b'x')))
print(type(bytearray(b'a') + b'b'), bytearray(b'-').join([b'a', b'b']))
print(type(bytearray(b'').join([b'a'])))
for f in (lambda: 'a' + 1, lambda: b'a' + 'x', lambda: ''.join(['a', 1]),
          lambda: b'x'.join([b'a', 'b']), lambda: ''.join(5)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
