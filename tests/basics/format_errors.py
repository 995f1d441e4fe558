# format-spec error messages
cases = [(1, 'xx'), (1, '.'), ('a', ','), (1, '.2d'), ('a', '=5'), ('a', '+'), ('a', '#'),
         (65, '+c'), (65, ',c'), (1, 'z'), (1, ',n'), (1, ',x'), (-1, 'c'), (1.5, 'x'),
         (1.5, 'd'), ('ab', 'd'), (1, 's'), (1, ',_'), (None, 'x'), ([1], '>5'), (1.5, ',n'),
         (True, 's'), (1, '\u00e9'), (1.5, '.2fx'), (2**1100, 'f'), (1, '{'), ('a', 'z')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print('TypeError', e)
print(format(65, 'c'), format(0x20ac, 'c'), format(65, '>3c'), format(65, '<3c'))
