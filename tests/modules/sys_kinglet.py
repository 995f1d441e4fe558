# The kinglet-specific values of sys (compared with the .exp file): the implementation, the
# flags kinglet fixes, and its hash parameters.
try:
    import kinglet
except ImportError:
    print("SKIP")
    raise SystemExit

import sys
import kinglet

impl = sys.implementation
print(impl.name, impl.cache_tag, impl.version[:3] == kinglet.version, impl.version[3:])
print(type(impl).__name__, impl.hexversion >> 8 == (impl.version[0] << 16 | impl.version[1] << 8 |
                                                     impl.version[2]))
f = sys.flags
print(f.dont_write_bytecode, f.hash_randomization, f.utf8_mode, f.int_max_str_digits)
hi = sys.hash_info
print(hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hi.modulus == 2 ** 61 - 1 if hi.width == 64 else hi.modulus == 2 ** 31 - 1)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.prefix == sys.exec_prefix == sys.base_prefix == "")
print(sys.dont_write_bytecode)
print(sys.breakpointhook(1, x=2))
