# bytes.hex, bytearray.hex and memoryview.hex take sep and bytes_per_sep by keyword too.
for obj in [b'abcde', bytearray(b'abcde'), memoryview(b'abcde')]:
    print(type(obj).__name__)
    for a, k in [((), {}), ((':',), {}), ((':', 2), {}), ((':', -2), {}), ((), {'sep': '-'}),
                 ((), {'sep': b'.', 'bytes_per_sep': 3}), (('|',), {'bytes_per_sep': -1}),
                 ((), {'bytes_per_sep': 2}), ((None,), {}), ((1,),{}), (([1],), {}),
                 (('ab',), {}), (('\xe9',), {}), ((bytearray(b':'),), {}), ((':', 1, 2), {}),
                 ((), {'x': 1}), ((':',), {'sep': ':'}), ((':', 1.5), {})]:
        try:
            print(repr(obj.hex(*a, **k)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print(b''.hex(':'), bytes(range(3)).hex(sep=' '))
for k in [{'bytes_per_sep': 1.5}, {'bytes_per_sep': 2 ** 70}, {'sep': ':', 'bytes_per_sep': 2 ** 31},
          {'sep': ':', 'bytes_per_sep': -2 ** 31}, {'sep': ':', 'bytes_per_sep': True}]:
    try:
        print(b'ab'.hex(**k))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
