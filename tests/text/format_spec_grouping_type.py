# A grouping option is checked against the presentation type before anything else.
def show(v, spec):
    try:
        print(spec, repr(format(v, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)

for v in [1234567, 1234.5, 3 + 4j, 'abc']:
    print(type(v).__name__)
    for spec in [',', '_', ',,', '__', ',_', '_,', ',,d', '__x', ',y', '_y', ',s', ',c', '_n',
                 ',x', '_x', ',b', '_o', ',%', '_e', ',\xe9', ',\x01', ',.2f']:
        show(v, spec)
print('{:_X}'.format(2 ** 40), f'{2 ** 20:,}', f'{0.5:_%}')
try:
    f'{1:,y}'
except ValueError as e:
    print('ValueError', e)
