print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(1, 'big'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'))
print((1).to_bytes(4, byteorder='little'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
n = 2 ** 100 + 12345
b = n.to_bytes(13, 'big')
print(b, int.from_bytes(b, 'big') == n)
print(len((2 ** 100).to_bytes(20, 'little')))
for args in [(1, 'big'), (2, 'big')]:
    try:
        print((256).to_bytes(*args))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print(type(e).__name__)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
print((5).to_bytes(), int.from_bytes(b'\x07'))
print((-128).to_bytes(1, 'big', signed=True))
print(int.from_bytes(b'\x01\x02', byteorder='big', signed=False))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b'\x01', 'big')).__name__)
