cases = [('10', 10), ('10', 2), ('10', 8), ('10', 16), ('10', 36), ('z', 36), ('Z', 36),
         ('0x1f', 16), ('0X1F', 0), ('0o17', 0), ('0b101', 0), ('0b101', 2), ('0o17', 8),
         ('  42  ', 10), ('+7', 10), ('-7', 10), ('1_000', 10), ('0_0', 0), ('0x_ff', 16),
         ('\t\n12\n', 10), ('٣', 10), ('00', 0), ('0', 0), ('-0x10', 0), ('1'*30, 2)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
bad = [('08', 0), ('0x', 16), ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10), (' ', 10),
       ('12a', 10), ('2', 2), ('0b2', 0), ('1.0', 10), ('- 1', 10), ('++1', 10), ('0o8', 8)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__)
for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError as e:
        print(b, type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b'42'), int(bytearray(b'-9')), int(b'ff', 16))
print(int(), int(3.99), int(-3.99), int(True), int('  -  5'.replace(' ', '')))
print(int('0b1010', base=0), int(x='11', base=3) if False else int('11', base=3))
