for s in ['1+2j', '1-2j', '-1.5+0.5j', 'j', '-j', '+j', '2J', '(1+2j)', ' (3-4j) ', '1e3+1e-3j', 'infj', '-nanj', '1.', '.5j']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__)
for s in ['1+', '1 + 2j', 'j1', '1+2jj', '', '()', '1+2i']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__)
print((1 + 2j) ** 2, (1 + 2j) ** 3, (2 + 0j) ** 10, (1j) ** 4, (1 + 1j) ** -1)
print((3 + 4j) / (1 + 2j), (1 + 0j) / 1j, 1 / (1 + 1j), 2 / 1j)
print(pow(1j, 2), pow(2, 1j) == 2 ** 1j)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0j ** 0, 0j ** 1, abs(0j ** 2))
print(complex(3, 4) == complex('3+4j'), hash(complex(3, 0)) == hash(3))
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, '2')
except TypeError as e:
    print(type(e).__name__)
print(complex(1 + 2j, 3 + 4j), complex(0.0, -0.0), complex(-0.0, -0.0))
