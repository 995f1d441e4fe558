b = bytes(range(10))
print(b[2:5], b[::-2], b[-3:], list(b[1:4]), b[5], b[-1])
for i, v in enumerate(b'xyz'):
    print(i, v, chr(v))
print(b'abc'[0:1] == b'a', b'abc'[0] == ord('a'), b'abc'[5:], b''[0:0])
try:
    b'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
print(list(reversed(b'abc')), sorted(b'cab'), bytes(sorted(b'cab')))
print(b'a' + bytes([98]) + b'c', bytes(x + 1 for x in b'abc'), bytes(map(lambda x: x ^ 32, b'Hello')))
print(b'%s' % b'x', b'-'.join(bytes([c]) for c in b'abc'))
m = {b'key': 1}
print(m[b'key'], b'key' in m, b'k' + b'ey' in m)
print(len(b'\xe2\x82\xac'), b'\xe2\x82\xac'.decode(), list('€'.encode()))
print(b'abc' * 2 == b'abcabc', b'ab' in b'xaby', b'abc'.count(b''), b'abc'.index(99))
print(bytes(b'\x00' * 3), bytes(2) == b'\x00\x00', bytes([]) == b'')
print(b'Hello'.swapcase(), b'ABC'.lower(), b'x'.isupper())
