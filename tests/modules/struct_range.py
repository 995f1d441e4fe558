# struct: out-of-range and wrong-type values, with CPython's messages, which depend on the code
# and on the byte order (the native routines serve '@' and, on this little-endian host, '<' and
# '=' where the standard size is the native one).
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

class Idx:
    def __index__(self):
        return 70000
class BadIdx:
    def __index__(self):
        raise KeyError('inside __index__')

values = [2**70, -2**70, 2**64, 2**63, -2**63 - 1, 2**32, -2**31 - 1, 2**31, 65536, -32769,
          32768, 256, -129, 128, -1, 1.5, 'a', b'a', None, Idx(), BadIdx()]
for code in 'bBhHiIlLqQnNP':
    for order in '@=<>!':
        if code in 'nNP' and order != '@':
            continue
        fmt = order + code
        for v in values:
            try:
                r = struct.pack(fmt, v)
                print(fmt, repr(v)[:24], 'ok', struct.unpack(fmt, r)[0])
            except Exception as e:
                print(fmt, repr(v)[:24], type(e).__name__, e)
