# complex has its own __format__: the empty spec is str(), others use the number spec.
class C(complex):
    def __str__(self):
        return 'C!'
print(format(1j), format(1 + 2j, ''), (1j).__format__(''), (1j).__format__('.2f'))
print(format(C(1j)), format(C(1j), '>6'), f'{C(2j)}', '{}'.format(1 - 1j), f'{-1.5j:^12}')
print(complex.__format__(3 + 4j, '+.1e'), hasattr(complex, '__format__'))
for spec in ['x', 'd', '=10', '010', 'c', None]:
    try:
        print((1 + 1j).__format__(spec))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
