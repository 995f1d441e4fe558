# array: every way of adding nothing to an array that never held items (found by fuzz_bcfile:
# frombytes(b"") copied to NULL + 0, which clang's -fsanitize=undefined reports as "applying
# zero offset to null pointer"; the ubsan build runs this test).
try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit

for code in "bBhHiIlLqQfd":
    a = array(code)
    a.frombytes(b"")
    a.frombytes(bytearray())
    a.extend(array(code))
    a.extend([])
    a.fromlist([])
    a += array(code)
    a *= 3
    b = a * 0 + a + array(code)
    a[len(a):] = array(code)
    del a[:]
    a.reverse()
    print(code, a, b, a == b, a.tobytes(), a.tolist(), len(a * 5))
u = array("u")
u.fromunicode("")
u.extend("")
print(u, u.tounicode() == "")
