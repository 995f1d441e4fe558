# array: range checks with CPython's messages, and the TypeErrors and ValueErrors.
try:
    from array import array
except ImportError:
    print('SKIP')
    raise SystemExit
import struct

def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

long_bits = 8 * struct.calcsize('l')
int_bits = 8 * struct.calcsize('i')
limits = {'b': 8, 'h': 16, 'i': int_bits, 'l': long_bits, 'q': 64}
for code, bits in limits.items():
    for v in [2**(bits - 1) - 1, 2**(bits - 1), -2**(bits - 1), -2**(bits - 1) - 1, 2**20,
              -2**20, 2**40, -2**40, 2**70, -2**70]:
        t(array, code, [v])
    ucode = code.upper()
    for v in [2**bits - 1, 2**bits, -1, 2**20, -2**20, 2**40, -2**40, 2**70, -2**70]:
        t(array, ucode, [v])
t(array, 'b', [1.5])
t(array, 'b', [None])
t(array, 'd', ['x'])
t(array, 'f', [2**1000])
t(array, 'z')
t(array, 'bb')
t(array, 1)
t(array)
t(array, 'b', 'abc')
t(array, 'h', b'abc')
t(array, 'u', ['ab'])
t(array, 'u', [1])
t(array, 'i', array('d', [1.0]))
t(array, 'i', [1], x=1)
a = array('i', [1])
t(lambda: a + array('h'))
t(lambda: a + [1])
t(lambda: a * 'x')
t(lambda: a * 1.5)
t(array('i').pop)
t(a.pop, 5)
t(a.remove, 5)
t(a.index, 5)
t(a.index, 1, 2)
t(a.index, 1, -5, 10)
t(a.frombytes, b'abc')
t(a.frombytes, 'abc')
t(a.fromunicode, 'x')
t(a.tounicode)
t(a.extend, array('h'))
t(a.extend, 3)
t(a.extend, [2, 'x'])
print(a)
t(a.fromlist, (1,))
t(a.fromlist, [3, 'x'])
print(a)
t(a.byteswap, 1)
t(a.append, 2**40)
t(a.__setitem__, 0, 2**40)
t(array('d', [1]).__setitem__, 0, 'x')
t(a.count, 1.0)
print(1.0 in a, 'x' in a, a)
def iadd():
    b = array('i')
    b += [1]
t(iadd)
try:
    a.typecode = 'b'
except AttributeError:
    print('AttributeError')
t(array('b', [1]).frombytes, array('b', [2]))
t(array('i', [1]).frombytes, array('i', [2]))
b = array('b', [1])
t(b.frombytes, b)
