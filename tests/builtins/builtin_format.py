print(format(5), format(5, 'd'), format(5, '>4'), format(3.14159, '.2f'), format('s', '^5'), format(True), format(None))
print(format(1234567, ','), format(0.5, '%'), format(255, '#x'), format(-3, '+'), format(7, '08b'), format([1], ''))
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F()), format(F(), 'xyz'))
for v, spec in [(5, 's'), ('x', 'd'), (1.5, 'x'), (None, 'd'), ([1], 'x')]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(format(1e100, '.3g'), format(-0.0, 'f'), format(12.0, 'g'), format(100, 'e'), format(2 ** 70, ','))
print(format('abc', '.2'), format('abc', '*<6'), format(65, 'c'), format(3 + 4j, '.1f'))
# The __format__ of str, int and bool with the empty spec: an exact str is itself; a class of its
# own gets the native method, not its own __format__ again.
s = 'abc'
print(format(s) is s, format(s, '') is s, s.__format__('') is s, s.__format__('>4'))
print((5).__format__(''), True.__format__(''), True.__format__('d'), int.__format__(10, 'x'))
class K(int):
    def __format__(self, spec):
        return 'K' + int.__format__(self, spec)
print(format(K(3), '02'), '{:x}'.format(K(10)), f'{K(4)}')
for f in [lambda: (3).__format__(None), lambda: format(3, None), lambda: format(object(), 's')]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
