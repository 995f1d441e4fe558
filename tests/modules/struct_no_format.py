# Deliberate difference (docs/differences.md): struct.Struct() without a format gives an
# uninitialised Struct instead of CPython's TypeError.
import struct
s = struct.Struct()
print(type(s).__name__, s.size)
