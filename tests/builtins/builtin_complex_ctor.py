print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex('1+2j'), complex('-3j'))
print(complex(real=2), complex(imag=3), complex(1j), complex(1j, 1j), complex(True, False))
class C:
    def __complex__(self):
        return 5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
for bad in [('x',), (None,), ('1', 2), (1, '2'), ([],), ('1+2j+3j',)]:
    try:
        print(complex(*bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__)
print(complex('  1e2  '), complex('(1-1j)'), complex('inf'), complex('-nan') != complex('-nan'))
print(type(complex(1)).__name__, complex(2).real, complex(2).imag)
