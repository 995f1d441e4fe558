# The ffi module (kinglet-only, MicroPython's unix API, pinned by an .exp file): calls into libc
# with ints, strs, bytes and bytearrays, None as NULL, pointers that round-trip, and variables.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit

libc = ffi.open("libc.so.6")
print(type(libc).__name__)

strlen = libc.func("L", "strlen", "s")
print(strlen("hello"), strlen(""), strlen("h\u00e9llo"), strlen(b"abc\0def"))
print(strlen(bytearray(b"xyz\0")))
print(type(strlen).__name__)

abs_ = libc.func("i", "abs", "i")
print(abs_(-5), abs_(7), abs_(0), abs_(True))
labs = libc.func("l", "labs", "l")
print(labs(-(2**40)), labs(2**62))

atoi = libc.func("i", "atoi", "s")
print(atoi("1234"), atoi("-99 bottles"), atoi(b"77\0"), atoi("x"))

strcmp = libc.func("i", "strcmp", "ss")
print(strcmp("a", "b") < 0, strcmp("b", "b"), strcmp("c", "b") > 0)

# Variadic, with int arguments only: snprintf writes into the bytearray's own bytes.
snprintf = libc.func("i", "snprintf", "pLsii")
buf = bytearray(32)
n = snprintf(buf, len(buf), "%d+%d", 40, 2)
print(n, buf[:n], buf[n])
n = snprintf(buf, 4, "%d:%d", 12345, 6)
print(n, buf[:4])

# Unsigned and 64-bit results, and truncation to the argument's C type as a cast does.
strtoull = libc.func("Q", "strtoull", "spi")
print(strtoull("18446744073709551615", None, 10))
strtoll = libc.func("q", "strtoll", "spi")
print(strtoll("-9223372036854775808", None, 0), strtoll("0x10", None, 0))
toupper = libc.func("i", "toupper", "i")
print(toupper(ord("a")), toupper(ord("a") + 256 * 256 * 256 * 256))

# Pointers: a result is an int address, and the same int passed back means the same memory.
strchr = libc.func("p", "strchr", "si")
s = "hello world"
p = strchr(s, ord("w"))
print(type(p).__name__, p != 0, strchr(s, ord("z")))
# malloc and free come from one library: under a sanitizer, strdup would allocate with the
# sanitizer's malloc, which libc's own free must not release.
malloc = libc.func("p", "malloc", "L")
free = libc.func("v", "free", "p")
strcpy = libc.func("p", "strcpy", "ps")
copy = malloc(8)
print(strcpy(copy, "kinglet") == copy)
print(strlen(copy), libc.func("s", "strchr", "pi")(copy, ord("g")))
print(libc.func("S", "strchr", "pi")(copy, ord("l")))
print(libc.func("s", "strchr", "pi")(copy, ord("z")))
print(free(copy))

# A variable: environ is a char **, errno the calling thread's int. environ is looked up in the
# program: one that uses environ itself (the os module does) holds the live copy of it.
environ = ffi.open(None).var("P", "environ")
print(type(environ).__name__, environ.get() != 0)
errno = libc.var("i", "errno")
errno.set(0)
print(errno.get())
open_ = libc.func("i", "open", "si")
print(open_("/nonexistent/ffi_test", 0), errno.get())
errno.set(7)
print(errno.get())
errno.set(0)

addr = libc.addr("abs")
print(type(addr).__name__, addr != 0)
print(ffi.func("i", addr, "i")(-11))

# The program itself, with the libraries it is linked with.
prog = ffi.open(None)
print(prog.func("i", "abs", "i")(-3), ffi.open("").func("i", "abs", "i")(-4))
libc.close()
