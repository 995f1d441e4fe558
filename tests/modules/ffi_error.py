# The ffi module (kinglet-only, pinned by an .exp file): bad signatures, bad arguments, missing
# symbols and libraries raise clear errors.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit

libc = ffi.open("libc.so.6")
abs_ = libc.func("i", "abs", "i")


def check(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


check(libc.func, "x", "abs", "i")
check(libc.func, "i", "abs", "iZ")
check(libc.func, "i", "abs", "v")
check(libc.func, "C", "abs", "i")
check(libc.func, "ii", "abs", "i")
check(libc.func, "", "abs", "i")
check(libc.func, 105, "abs", "i")
check(libc.func, "i", "abs", ["i"])
check(libc.func, "i", "abs", "i" * 33)
check(libc.func, "i", "abs")
check(ffi.callback, "i", print, "?")
check(ffi.callback, "i", 42, "i")
check(ffi.callback, "i", print)
check(lambda: ffi.callback("i", print, "i", flags=1))
check(libc.var, "v", "errno")

check(abs_)
check(abs_, 1, 2)
check(abs_, "text")
check(abs_, 1.5)
check(abs_, None)
check(abs_, 2**64)
check(ffi.open("libm.so.6").func("d", "fabs", "d"), "1")
check(libc.func("L", "strlen", "s"), 12.5)
check(libc.func("L", "strlen", "s"), [1])
check(lambda: abs_(x=1))

err = None
try:
    libc.func("i", "no_such_function_here", "i")
except OSError as e:
    err = e
print(type(err).__name__, err.errno, err)
check(libc.var, "i", "no_such_variable")
check(libc.addr, "no_such_symbol")
check(libc.addr, 12)
check(ffi.open(None).addr, "no_such_symbol")

try:
    ffi.open("libkinglet_no_such_library.so")
except OSError as e:
    err = e
print(type(err).__name__, err.errno, err)
check(ffi.open, 42)
check(ffi.func, "i", 0, "i")
check(ffi.func, "i", "abs", "i")
check(ffi.as_bytearray, 0, 4)
check(ffi.as_bytearray, 1, -1)
print(ffi.as_bytearray(None, 0))

errno = libc.var("i", "errno")
check(errno.set, "x")
check(errno.set, 2**70)
check(libc.var("p", "environ").set, b"bytes")

lib = ffi.open("libm.so.6")
lib.close()
check(lib.func, "d", "cos", "d")
lib.close()
