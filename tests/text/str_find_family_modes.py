# find, rfind, index, rindex, count, startswith and endswith share their argument handling
# (vm/obj_str.c find_common): results and errors of each, for str, bytes and bytearray.
calls = [
    ('abcabc', 'bc'), ('abcabc', 'bc', 2), ('abcabc', 'bc', -3, -1), ('abcabc', ''),
    ('abcabc', '', 7), ('abcabc', 'x'), ('éaéa', 'a', 1), ('éaéa', 'é', None, -1), ('', ''),
    ('abcabc', 'abc', 1, 100), ('abc', 'c', True), ('abc', 'a', None, None),
]
for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
    for args in calls:
        for conv in (str, lambda t: t.encode(), lambda t: bytearray(t.encode())):
            try:
                a = [conv(args[0]), conv(args[1])] + list(args[2:])
                print(name, args, getattr(a[0], name)(*a[1:]))
            except (ValueError, TypeError) as e:
                print(name, args, type(e).__name__, e)
for self in ('abc', b'abc'):
    for name in ['startswith', 'endswith']:
        m = getattr(self, name)
        for arg in [('x', 'ab', 'bc'), (), (b'a',), ('a',), 5, ['a'], ('c', 5), (5, 'c'),
                    (b'c', 5), (bytearray(b'a'),), (memoryview(b'bc'),)]:
            try:
                print(repr(self), name, type(arg).__name__, m(arg))
            except TypeError as e:
                print(repr(self), name, type(arg).__name__, type(e).__name__, e)
        for args in [(), ('a', 1, 2, 3)]:
            try:
                print(m(*args))
            except TypeError as e:
                print(type(e).__name__, e)
for self in ('abc', b'abc'):
    for name in ['find', 'count', 'index']:
        for args in [(), ('a', 1, 2, 3), ('a', 'x'), (5,), (300,), (None,)]:
            try:
                print(repr(self), name, args, getattr(self, name)(*args))
            except (TypeError, ValueError) as e:
                print(repr(self), name, args, type(e).__name__, e)
