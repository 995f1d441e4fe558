# array: construction, repr, the sequence protocol and the methods, for every typecode.
try:
    from array import array
    import array as array_module
except ImportError:
    print('SKIP')
    raise SystemExit

print(array_module.typecodes, array_module.ArrayType is array)
for code in 'bBhHiIlLqQfd':
    a = array(code, [1, 2, 3])
    print(code, a, a.typecode, len(a), a.itemsize == len(a.tobytes()) // 3)
    print(array(code), repr(array(code)), str(a))
    a.append(4)
    a.extend([5, 6])
    a.extend(array(code, [7]))
    a.insert(0, 0)
    a.insert(-1, 9)
    a.insert(100, 10)
    a.insert(-100, 11)
    print(a, a.pop(), a.pop(0), a.pop(-2), a)
    a.remove(7)
    print(a.index(3), a.index(3, 1), a.count(2), 2 in a, 99 in a, a.tolist())
    a.reverse()
    print(a, a[0], a[-1], a[1:3], a[::-1], a[::2], a[5:1:-2])
    b = array(code, a.tobytes())
    print(b == a, b.tobytes() == a.tobytes(), b.buffer_info()[1])
    b.byteswap()
    b.byteswap()
    print(b == a)
    c = array(code)
    c.frombytes(a.tobytes())
    c.fromlist([1, 2])
    print(c, list(c), [x for x in c])
    print(a + c, a * 2, 2 * array(code, [1]), array(code, [5]) * 0, array(code, [1]) * -3)
    d = array(code, [1, 2])
    d += array(code, [3])
    d *= 2
    print(d, bool(d), bool(array(code)))
print(array('f', [0.1, 1.5, -2.25, 1e30]), array('d', [0.1, 1e300, float('inf')]))
print(array('u', 'abc'), array('u'), array('u', 'h\xe9\u20ac\U0001f600').tounicode())
u = array('u', 'ab')
u.fromunicode('cd')
u.append('e')
print(u, u.tounicode(), u[1], u[1:3], u.itemsize, list(u))
print(array('b', b'abc'), array('B', bytearray(b'xyz')), array('h', b'abcd'))
print(array('d', array('i', [1, 2])), array('i', range(5)), array('d', (x / 2 for x in range(3))))
print(array('b', [True, False]), array('l', [-2**63, 2**63 - 1]), array('Q', [2**64 - 1]))
print(bytes(array('B', [1, 2, 255])), bytearray(array('b', [65, 66])), b'x' + array('B', [65]))
it = iter(array('i', [1, 2]))
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(type(array('i')), type(iter(array('i'))), array.__module__, array.__name__)
import hashlib
print(hashlib.sha256(array('i', [1, 2, 3])).hexdigest() == hashlib.sha256(array('i', [1, 2, 3]).tobytes()).hexdigest())
