# hash, id, callable, chr/ord, bin/oct/hex, format, ascii, divmod, pow
print(hash(1) == hash(1.0) == hash(True), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(0), hash(12345))
x = []
print(id(x) == id(x), id(x) != id([]), id(None) == id(None), type(id(x)).__name__)
print(callable(len), callable(int), callable(1), callable(lambda: 0), callable('s'))
class C:
    def __call__(self):
        pass
print(callable(C), callable(C()), callable(object()))
print(chr(65), chr(0x20ac), ord('A'), ord('\u20ac'), ord(b'a'), ord(chr(0x1f600)))
for bad in (lambda: chr(-1), lambda: chr(0x110000)):
    try:
        bad()
    except ValueError:
        print('ValueError')
for bad in (lambda: ord('ab'), lambda: ord(''), lambda: ord(1), lambda: chr('a')):
    try:
        bad()
    except TypeError:
        print('TypeError')
print(bin(10), oct(-8), hex(255), hex(-1), bin(0), hex(2**70))
class I:
    def __index__(self):
        return 9
print(bin(I()), hex(I()), oct(True))
try:
    hex(1.5)
except TypeError:
    print('TypeError')
print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(255, 'x'), format(1, ''))
try:
    format(1, 2)
except TypeError:
    print('TypeError')
print(ascii('abc'), ascii('é'), ascii([1, 'ü']), repr('é'))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    divmod(1.0, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    divmod('a', 1)
except TypeError:
    print('TypeError')
class D:
    def __divmod__(self, other):
        return 'divmod', other
    def __rdivmod__(self, other):
        return 'rdivmod', other
print(divmod(D(), 3), divmod(3, D()))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -1, 7), pow(2.0, 3), pow(-8, 1, 5), pow(3, 4, None))
for bad in (lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2**70))
try:
    abs('x')
except TypeError:
    print('TypeError')
