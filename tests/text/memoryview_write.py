# Writing through a memoryview of a bytearray, releasing, and the context manager.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)

b = bytearray(b'hello')
m = memoryview(b)
m[0] = 72
print(b)
m[-1] = 79
print(b)
m[1:3] = b'EL'
print(b)
m[::2] = b'123'
print(b)
m[::-1] = bytearray(b'abcde')
print(b)
m[1:] = m[:-1]
print(b)
m[0:2] = memoryview(b'xy')
print(b)
m[2:2] = b''
print(b)
s = m[1:4]
s[0] = 33
s[::2] = b'<>'
print(b, s.tobytes())
r = m[::-2]
r[0] = 90
print(b, r.tolist())
show(lambda: m.__setitem__(0, 256))
show(lambda: m.__setitem__(0, -1))
show(lambda: m.__setitem__(0, 'x'))
show(lambda: m.__setitem__(0, b'x'))
show(lambda: m.__setitem__(5, 1))
show(lambda: m.__setitem__(slice(0, 1), b'xy'))
show(lambda: m.__setitem__(slice(0, 2), [1, 2]))
show(lambda: m.__delitem__(0))
show(lambda: m.__delitem__(slice(0, 1)))
ro = memoryview(b'read-only')
show(lambda: ro.__setitem__(0, 1))
show(lambda: ro.__setitem__(slice(0, 1), b'x'))
show(lambda: memoryview(b).toreadonly().__setitem__(0, 1))
def store_attr():
    m.nbytes = 5
show(store_attr)
# release() and with.
v = memoryview(b'ab')
print(v.release(), v.release())
for f in [lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: bytes(v), lambda: v.tolist(),
          lambda: v.readonly, lambda: v.nbytes, lambda: v.obj, lambda: list(v), lambda: v[0:1],
          lambda: bool(v), lambda: hash(v), lambda: v.hex(), lambda: memoryview(v),
          lambda: v.toreadonly(), lambda: v.__enter__()]:
    show(f)
print(v == v, v != v, v == b'ab', b'ab' == v)
data = bytearray(b'abc')
with memoryview(data) as w:
    print(w[0], w.readonly, w.tobytes())
    w[0] = 120
show(lambda: w[0])
print(data)
with memoryview(b'xyz') as w2:
    pass
show(lambda: w2.tobytes())
try:
    with memoryview(b'q') as w3:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e)
show(lambda: len(w3))
show(lambda: m.__setitem__(5, 300))
show(lambda: m.__setitem__('x', 300))
