# complex.__complex__ (new in 3.11) gives the plain complex value.
class C(complex):
    pass
class D(complex):
    def __complex__(self):
        return 5j
for z in [1 + 2j, C(3 - 4j), D(1j)]:
    w = z.__complex__()
    print(type(w).__name__, w, complex(z), type(complex(z)).__name__)
print(complex.__complex__(2j), hasattr(complex, '__complex__'))
try:
    complex.__complex__(1)
except TypeError as e:
    print('TypeError', e)
class E(complex):
    def __complex__(self):
        return 1
try:
    complex(E(1))
except TypeError as e:
    print('TypeError', e)
