# round()'s arguments by position and by name, and the errors of missing, repeated, unknown and
# too many arguments, in CPython's order and words.
print(round(17), round(17, -1), round(number=17), round(number=17, ndigits=-1), round(17, None))
for call in [lambda: round(), lambda: round(ndigits=2), lambda: round(1, number=2),
             lambda: round(1, 2, 3), lambda: round(1, x=2), lambda: round(1, 2, number=3),
             lambda: round(number=1, ndigits=2, x=3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
