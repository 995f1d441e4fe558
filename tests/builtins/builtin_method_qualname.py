# A bound builtin method's __qualname__ names the type of its self.
import sys
class L(list):
    pass
for m in [[].append, {}.get, 'a'.upper, (1).bit_length, True.bit_length, dict.fromkeys, {}.fromkeys,
          b''.hex, bytearray().extend, {1}.add, float.fromhex, int.from_bytes, len, sys.exit]:
    print(m.__name__, m.__qualname__)
