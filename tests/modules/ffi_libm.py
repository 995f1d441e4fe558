# The ffi module (kinglet-only, pinned by an .exp file): double and float arguments and results
# through libm.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit

libm = ffi.open("libm.so.6")
cos = libm.func("d", "cos", "d")
print(cos(0), cos(0.0), round(cos(3.141592653589793), 12))
pow_ = libm.func("d", "pow", "dd")
print(pow_(2, 10), pow_(2.0, 0.5), pow_(10, -2))
sqrt = libm.func("d", "sqrt", "d")
print(sqrt(16), sqrt(2.0), sqrt(-1.0) != sqrt(-1.0))
sqrtf = libm.func("f", "sqrtf", "f")
print(sqrtf(2.0), sqrtf(2.0) == float.fromhex("0x1.6a09e6p+0"))
ldexp = libm.func("d", "ldexp", "di")
print(ldexp(1.5, 4), ldexp(1, -1))
frexp = libm.func("d", "frexp", "dp")
exp = bytearray(4)
print(frexp(48.0, exp), int.from_bytes(exp, "little"))
fabsf = libm.func("f", "fabsf", "f")
print(fabsf(-0.25), fabsf(True))
lround = libm.func("l", "lround", "d")
print(lround(2.5), lround(-2.5), lround(1e15))
