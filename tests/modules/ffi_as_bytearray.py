# The ffi module (kinglet-only, pinned by an .exp file): ffi.as_bytearray() over memory from
# libc's malloc: no copy, so C and Python see each other's writes, until the bytearray grows.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit

libc = ffi.open("libc.so.6")
malloc = libc.func("p", "malloc", "L")
free = libc.func("v", "free", "p")
memset = libc.func("p", "memset", "piL")
strlen = libc.func("L", "strlen", "p")
strcpy = libc.func("p", "strcpy", "ps")
# strcat(p, "") returns p: as type 's', the text at p as a str.
text_at = libc.func("s", "strcat", "ps")

p = malloc(16)
print(type(p).__name__, p != 0)
print(memset(p, ord("a"), 15) == p)
memset(p + 15, 0, 1)
view = ffi.as_bytearray(p, 16)
print(type(view).__name__, len(view), view)
print(strlen(p))

# Python writes reach C.
view[3] = 0
print(strlen(p))
view[0:3] = b"KIN"
print(text_at(p, ""))
# C writes reach Python.
strcpy(p, "kinglet")
print(bytes(view[:8]))
view2 = ffi.as_bytearray(p + 4, 3)
print(view2, view2 == view[4:7])
# A memoryview works over it too.
mv = memoryview(view)
mv[0] = ord("K")
print(strlen(p), bytes(mv[:7]))
# Within the size given it stays over C's memory; growing past it moves it to the heap.
del view[8:]
view[1] = ord("I")
print(text_at(p, ""))
view.extend(b"++")
print(len(view), bytes(ffi.as_bytearray(p + 8, 2)))
view.extend(b"x" * 7)
view[2] = ord("N")
print(text_at(p, ""), view)
print(ffi.as_bytearray(p, 0), ffi.as_bytearray(None, 0))
free(p)

# A struct-like block: four C ints written by Python, summed by C through a callback.
import struct

n = 4
arr = malloc(4 * n)
ints = ffi.as_bytearray(arr, 4 * n)
struct.pack_into("4i", ints, 0, 3, 1, 4, 1)
print(struct.unpack("4i", ffi.as_bytearray(arr, 16)))
qsort = libc.func("v", "qsort", "pLLC")


def cmp(pa, pb):
    a = struct.unpack("i", ffi.as_bytearray(pa, 4))[0]
    b = struct.unpack("i", ffi.as_bytearray(pb, 4))[0]
    return a - b


qsort(arr, n, 4, ffi.callback("i", cmp, "pp"))
print(struct.unpack("4i", ints))
free(arr)
