# find, rfind, index, rindex, count, startswith and endswith word their argument-count errors
# as CPython does for these methods.
for obj in ['abc', b'abc', bytearray(b'abc')]:
    for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
        m = getattr(obj, name)
        for args in [(), ('a', 0, 3, 4), ('a', 0, 3, 4, 5)]:
            try:
                m(*args)
            except TypeError as e:
                print(type(obj).__name__, name, len(args), e)
try:
    str.find()
except TypeError as e:
    print(e)
try:
    'a'.find('a', 1, 2, x=3)
except TypeError as e:
    print(e)
print('abcabc'.find('c', 1, 5), b'abc'.count(b'b', 0), 'abc'.startswith('b', 1, 2))
