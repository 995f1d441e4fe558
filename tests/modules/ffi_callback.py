# The ffi module (kinglet-only, pinned by an .exp file): Python functions as C callbacks, made
# with libffi closures: qsort with a Python comparison, data passed through as an object, every
# argument and result type through a callback called as a foreign function, and exceptions.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit
import gc
import struct

libc = ffi.open("libc.so.6")
qsort = libc.func("v", "qsort", "pLLC")


def cmp_byte(pa, pb):
    return ffi.as_bytearray(pa, 1)[0] - ffi.as_bytearray(pb, 1)[0]


cb = ffi.callback("i", cmp_byte, "PP")
print(type(cb).__name__, type(cb.cfun()).__name__, cb.cfun() != 0)
s = bytearray(b"foobar")
print(qsort(s, len(s), 1, cb), s)
# 'p' takes a callback too (MicroPython's example declares qsort "piip").
s = bytearray(b"kinglet")
libc.func("v", "qsort", "pLLp")(s, len(s), 1, cb)
print(s)


# An array of C ints built with struct; the comparison collects garbage each time.
def cmp_int(pa, pb):
    gc.collect()
    a = struct.unpack("i", ffi.as_bytearray(pa, 4))[0]
    b = struct.unpack("i", ffi.as_bytearray(pb, 4))[0]
    return (a > b) - (a < b)


vals = [5, -3, 100, 0, 42, -7, 2**31 - 1, -(2**31)]
arr = bytearray(struct.pack("%di" % len(vals), *vals))
qsort(arr, len(vals), 4, ffi.callback("i", cmp_int, "pp"))
print(list(struct.unpack("%di" % len(vals), arr)))

# 'O' passes an object through C untouched: qsort_r hands it to every comparison.
qsort_r = libc.func("v", "qsort_r", "pLLCO")


def cmp_count(pa, pb, counter):
    counter[0] += 1
    return ffi.as_bytearray(pb, 1)[0] - ffi.as_bytearray(pa, 1)[0]


counter = [0]
b = bytearray(b"abcdef")
qsort_r(b, len(b), 1, ffi.callback("i", cmp_count, "ppO"), counter)
print(b, counter[0] > 0)


# A callback called as a foreign function: each type goes to C and back.
def through(ret, args, fun, *values):
    c = ffi.callback(ret, fun, args)
    return ffi.func(ret, c.cfun(), args)(*values)


print(through("i", "ii", lambda a, b: a - b, 10, 3))
print(through("b", "b", lambda x: x + 1, 127), through("B", "B", lambda x: x, -1))
print(through("h", "h", lambda x: x, 40000), through("H", "i", lambda x: x, -1))
print(through("I", "I", lambda x: x, -1), through("l", "l", lambda x: -x, 2**62))
print(through("q", "q", lambda x: x * 2, 2**40), through("Q", "Q", lambda x: x, -2))
print(through("d", "fd", lambda x, y: x / y, 1.5, 4), through("f", "f", lambda x: x, 0.1))
print(through("s", "s", lambda s: None, "abc"), through("P", "P", lambda p: p, None))
print(through("v", "s", lambda s: print("got", s), "text"))
print(through("v", "S", lambda s: print("got", s), "bytes"))
print(through("i", "", lambda: 99))
obj = {"key": [1, 2]}
print(through("O", "O", lambda o: o, obj) is obj)
# The lock keyword of MicroPython is accepted.
print(ffi.func("i", ffi.callback("i", abs, "i", lock=True).cfun(), "i")(-8))

# An exception in a callback: C sees 0 and runs no more Python until the foreign call
# returns, which raises it.
calls = []


def failing(pa, pb):
    calls.append(1)
    raise ValueError("from the callback")


try:
    qsort(bytearray(b"zyxwvu"), 6, 1, ffi.callback("i", failing, "PP"))
except ValueError as e:
    print(type(e).__name__, e, len(calls))
try:
    qsort(bytearray(b"zyx"), 3, 1, ffi.callback("i", lambda a, b: "no", "PP"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    through("i", "i", lambda a, b: 0, 1)
except TypeError as e:
    print(type(e).__name__)
try:
    through("p", "i", lambda a: "text", 1)
except TypeError as e:
    print(type(e).__name__, e)
# The program goes on normally afterwards.
s = bytearray(b"cba")
qsort(s, 3, 1, cb)
print(s)
