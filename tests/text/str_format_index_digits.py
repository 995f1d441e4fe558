# A field name or "[...]" key that starts with digits is read as a number until a non-digit
# shows it is a name; too many digits is an error even then, as in CPython.
big = '9' * 30
for f in ['{' + big + 'a}', '{0[' + big + 'a]}', '{a' + big + '}', '{0[12a]}', '{12a}', '{0[01]}',
          '{0[1]}', '{00}']:
    try:
        print(repr(f.format([1, 2], {'12a': 3}, **{big + 'a': 4, 'a' + big: 5, '12a': 6})))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
