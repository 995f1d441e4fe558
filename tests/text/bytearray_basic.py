try:
    bytearray
except NameError:
    print('SKIP')
    raise SystemExit
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[1:3] = b'EL'
print(ba)
ba[1:3] = b'xyzw'
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
print(bytearray(3), bytearray([1, 2]), bytearray('abc', 'ascii'), bytearray(b'x') == b'x', bytearray(range(3)))
try:
    bytearray(b'a')[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b'a').append(-1)
except ValueError as e:
    print(type(e).__name__)
c = bytearray(b'abc')
d = c.copy()
d[0] = ord('z')
print(c, d, c + d, c * 2, b'x' + c, type(b'x' + c).__name__, type(c + b'x').__name__)
c += b'def'
print(c)
c *= 2
print(c)
print(bytearray(b'AbC').upper(), bytearray(b' x ').strip(), bytearray(b'a,b').split(b','))
print(bytes(bytearray(b'conv')), bytearray(b'hi').decode(), bytearray(b'ab').hex())
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b'abc') < bytearray(b'abd'), bytearray(b'q') in [b'q'], b'b' in bytearray(b'abc'))
ba = bytearray(b'0123456789')
ba[::2] = b'abcde'
print(ba)
del ba[::3]
print(ba)
print(bytearray.fromhex('41 42'), repr(bytearray()))
