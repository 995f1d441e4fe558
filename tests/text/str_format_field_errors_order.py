# Malformed replacement fields fail with CPython's message: the field is scanned as CPython
# does (name, then '!' and a conversion, then the spec).
fields = ['{!}', '{0!}', '{0!} ', '{!}x', '{0!', '{0!r', '{!:}', '{ {:d}', '{x{a}', '{0[}', '{0]}',
          '{0!r x}', '{0!rr}', '{0:{}', '{0:{}}}', '{0[{]}', '{0[0]x}', '{', '}', '{0', '{0:',
          '{0!}}', '{:{:{}}}', '{a[}}]}', 'x{0!a}{ {0!r}']
for f in fields:
    try:
        print(repr(f), repr(f.format('zy', 3, 4, a={'}': 'brace'})))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(f), type(e).__name__, e)
