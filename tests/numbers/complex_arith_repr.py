a = 3 + 4j
b = 1 - 2j
print(a, b, repr(a), str(b))
print(a + b, a - b, a * b, a / b)
print(a.real, a.imag, a.conjugate(), abs(a))
print(-a, +a, a ** 2, a ** 0, a * 1j)
print(1j ** 2, 1j * 1j, (1j) ** 0.5 == 1j ** 0.5)
print(complex(1, 2), complex('3+4j'), complex('-1.5e2-2j'), complex(' 5j '), complex('1'))
print(complex(2), complex(2.5), complex(), complex(1j, 1j), complex(real=1, imag=-1))
print(0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1 + 0j, 0 + 1j, 1e20j, 1e-20 + 1j)
print(complex('inf+nanj'), complex(float('inf'), 1))
print(a == 3 + 4j, a == complex(3, 4), 1 + 0j == 1, (1 + 0j) == 1.0, 1j != 1)
print(type(a).__name__, isinstance(a, complex))
for op in ['<', '>']:
    try:
        eval('a ' + op + ' b')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a // b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a % b
except TypeError as e:
    print(type(e).__name__)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex('1+2')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(a)
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1.5, 2).__repr__(), repr(complex(1, 1e16)), repr(complex(0.1, 0.2)))
print(sum([1j, 2, 3.5]), 2 * (1 + 1j), (1 + 1j) * 2.5)
print(bool(0j), bool(1j), bool(complex(0, 0.0)))
print(format(a, '.2f'), format(b, '>15'), '{:e}'.format(1 + 1j))
print(repr(1j.real), repr(1j.imag))
