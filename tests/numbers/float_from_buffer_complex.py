# float() parses any bytes-like object as text, and a complex is not a real number.
def show(x):
    try:
        print(float(x))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for x in [bytearray(b'1.5'), memoryview(b' 2.5 '), bytearray(b'x'), memoryview(b'1_0')[:3],
          bytearray(b'1e5'), bytearray(b'inf'), b' -nan ', bytearray(), 1j, complex(-0.0, -0.0),
          3 + 0j, '1.5', b'2']:
    show(x)
try:
    float(memoryview(b'z'))
except ValueError as e:
    print('ValueError', str(e)[:36])
