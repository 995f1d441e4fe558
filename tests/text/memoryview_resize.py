# A deliberate difference (docs/differences.md): kinglet lets a bytearray change size while a
# memoryview of it exists, where CPython raises BufferError. The view reads the bytearray's
# current bytes, and raises BufferError once the bytearray has shrunk below it.
b = bytearray(b'abcdef')
m = memoryview(b)
b.extend(b'gh')
print(len(m), m.tobytes(), m[-1])
b[0] = 65
b.insert(0, 33)
print(m.tobytes(), m[::2].tobytes())
s = m[1:3]
del b[4:]
print(s.tobytes(), len(m))
try:
    m[0]
except BufferError as e:
    print('BufferError', e)
try:
    m.tobytes()
except BufferError as e:
    print('BufferError', e)
b.extend(b'xyz')
print(m.tobytes())
m.release()
b.clear()
print(b)
