for v in [True, False, None, 0, '', 'x', 1.5, [1], (), {}]:
    print(repr(v), repr(format(v)), repr(format(v, '')), repr('{}'.format(v)), repr(f'{v}'))
print(format(True, '>6'), format(False, 'd'), format(True, '.2f'), format(True, 'x'), format(None, '') == 'None')
for v, spec in [(None, '>5'), ([1], '>5'), ((), 's')]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print(type(e).__name__, e)
print(format('x', ''), format('x', '<3') + '|', format('abc', '^7s') + '|', format('', '*^4'))
