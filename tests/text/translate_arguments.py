# bytes.translate takes delete by keyword; str.translate takes exactly one positional argument.
for obj in [b'abc', bytearray(b'abc')]:
    for a, k in [((None,), {'delete': b'a'}), ((), {'table': None}), ((), {'delete': b'a'}),
                 ((None, b'a'), {'delete': b'b'}), ((None,), {'x': 1}), ((None, b'a', b'b'), {}),
                 ((None,), {'delete': 'a'}), ((None,), {'delete': None}), ((None, b'b'), {}),
                 ((bytes(range(256)),), {'delete': bytearray(b'c')}), ((b'x',), {}), ((), {})]:
        try:
            print(repr(obj.translate(*a, **k)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
for a, k in [(({},), {'x': 1}), ((), {'table': {}}), (({}, 1), {}), ((), {}), (({97: 'z'},), {})]:
    try:
        print(repr('abc'.translate(*a, **k)))
    except TypeError as e:
        print('TypeError', e)
