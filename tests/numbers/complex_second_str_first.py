# complex() rejects a str second argument before it looks at the first.
for a in [(None, 'x'), (b'x', 'x'), ([1], 'x'), (int, 'x'), ('1', 'x'), (1, 'x'), (None, 1), (1, None)]:
    try:
        print(complex(*a))
    except TypeError as e:
        print(type(e).__name__, e)
