# Paths of str and bytes that share code in vm/obj_str.c: item assignment and deletion (the
# runtime's messages, naming a subclass), replace with an empty pattern, join and bytes() of
# things that are not iterable, and encoding through every codec's per-character path.
class S(str):
    pass
class B(bytes):
    pass
for o in ('ab', b'ab', S('ab'), B(b'ab')):
    try:
        o[0] = 'x'
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del o[0]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        o[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
for t, old, new, n in [('abc', '', '-', -1), ('abc', '', '-', 0), ('abc', '', '-', 2),
                       ('abc', '', '-', 3), ('abc', '', '-', 4), ('abc', '', '-', 9),
                       ('', '', '-', -1), ('', '', '-', 0), ('éü', '', '.', -1), ('éü', '', '', 1),
                       ('aaa', 'a', 'bb', 2), ('aaa', 'aa', '', -1), ('éaé', 'é', 'e', 1)]:
    print(repr(t.replace(old, new, n)), t.encode().replace(old.encode(), new.encode(), n))
for f in (lambda: ''.join(5), lambda: b''.join(5), lambda: ','.join(x for x in 'ab'),
          lambda: bytes(5.5), lambda: bytes(object()), lambda: bytes(iter([1, 2])),
          lambda: bytes({3: 1}), lambda: bytes(x for x in [250])):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __iter__(self):
        raise KeyError('k')
for f in (lambda: ''.join(Bad()), lambda: bytes(Bad())):
    try:
        f()
    except KeyError as e:
        print(type(e).__name__, e)
for t in ['', 'abc', 'é\u20ac\U0001f600', 'a\udc80b']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-8-sig', 'utf-16', 'utf-32-be']:
        for err in ['strict', 'backslashreplace', 'surrogateescape', 'replace']:
            try:
                print(repr(t), enc, err, t.encode(enc, err))
            except UnicodeEncodeError as e:
                print(repr(t), enc, err, type(e).__name__, e.start, e.end, e.reason)
