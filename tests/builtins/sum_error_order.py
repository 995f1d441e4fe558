# sum() gets the iterator before it checks the start's type.
for a in [(None, 'x'), (0, b'x'), (1.5, bytearray()), ([1], 'x'), ([], 'x'), ([], 0), ('ab', 0)]:
    try:
        print(sum(*a))
    except TypeError as e:
        print(type(e).__name__, e)
