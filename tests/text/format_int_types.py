# Every presentation type of an int spec, known or not (control characters too), with bool and
# negative values: the int types are found in a table of type and base.
specs = ('b', 'o', 'x', 'X', 'd', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'q', 's', '\x02',
         '\x10', '#x', '#b', '+d', ' o', '08X', '#010b')
for spec in specs:
    try:
        print(repr(spec), format(65, spec), format(True, spec), format(-3, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
