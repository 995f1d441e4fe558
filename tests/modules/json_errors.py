# json: JSONDecodeError's messages, positions, lines and columns, and the other errors.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

cases = [
    '', ' ', '\n\n', '[', ']', '{', '}', '[1,]', '[1,,2]', '[,]', '[1 2]', '[1', '[1,', '[1\n,\n',
    '{"a":1,}', '{"a"', '{"a":', '{"a" 1}', '{"a":1 "b":2}', '{1:2}', "{'a':1}", '{"a":1,"b"}',
    '{"a":1', '{"a":1,', '{,}', '{"a"::1}',
    '"abc', '"a\\', '"\\', '"\\x"', '"\\a"', '"\\U0041"', '"\\\'"', '"\\u12"', '"\\u12',
    '"\\u123"', '"\\u1234', '"\\u12g4"', '"\\uFFFF', '"\\ud800\\u12"', '"\\ud800\\uzzzz"',
    '"\\ud800\\u', '"\\ud800\\udc0"', '"a\x01b"', '"a\nb"', '"\x1f"', '"\t"', '"é\x00"',
    '1.', '.5', '-', '-a', '+1', '01', '-01', '00', '1e', '1e+', '1E-', '1.5e', '1..2', '0x10',
    '1_000', '--1', '- 1', 'nul', 'nulll', 'tru', 'True', 'FALSE', 'None', 'nan', 'NAN', 'inf',
    '-Inf', '-NaN', 'Infinit', 'undefined', 'true false', '[1]]', '{}{}', '1 2', '"a" "b"',
    '[\n1,\n2\n3]', '[1,\n  x]', '{\n  "é": 1,\n  }', '"é\\u00e9" x', '\ufeff1', '\ufeff',
    '  \ufeff1', '[1, 2, 3\n', '\r\n\r\n  x', '"😀" x', '["a\nb"]', '[\u00a01]', '\u30001',
]
for text in cases:
    try:
        v = json.loads(text)
        print(repr(text), 'ok', repr(v))
    except json.JSONDecodeError as e:
        print(repr(text), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == text)

# The same errors through bytes: positions count characters of the decoded text.
for b in [b'[1, x]', '["é", x]'.encode(), '"😀\n" x'.encode('utf-16'), b'\xef\xbb\xbf[1,]']:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(b, '|', e, '|', e.pos, e.lineno, e.colno, repr(e.doc))

# strict=False allows control characters inside strings.
print(repr(json.loads('"a\x01\nb\tc"', strict=False)))
print(repr(json.loads('{"k\n": "\x00"}', strict=False)))
try:
    json.loads('"a\x01"', strict=True)
except json.JSONDecodeError as e:
    print(e)

# JSONDecodeError is a ValueError, lives in json.decoder, and can be made directly.
E = json.JSONDecodeError
print(E.__name__, E.__module__, repr(E), issubclass(E, ValueError), E.__mro__[1:])
e = E('Bad thing', 'ab\ncd\nef', 5)
print(str(e), '|', repr(e), e.args)
print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
e = E('At start', 'xyz', 0)
print(e, e.lineno, e.colno)
e = E('At end', 'x\n', 2)
print(e, e.lineno, e.colno)
cls, args = e.__reduce__()
print(cls is E, args)
try:
    raise E('Raised', '[]', 1)
except ValueError as e:
    print(type(e).__name__, e)
import json.decoder
print(json.decoder.JSONDecodeError is E)
from json.decoder import JSONDecodeError
print(JSONDecodeError is E)
from json import JSONDecodeError as E2
print(E2 is E)

for args, kw in [(('m', 'd'), {}), (('m',), {}), ((), {}), (('m', 'd', 0, 1), {}),
                 ((), {'msg': 'm', 'doc': 'ab', 'pos': 1}), (('m', 'd'), {'pos': 1, 'x': 2})]:
    try:
        e = E(*args, **kw)
        print(e, e.pos)
    except TypeError as x:
        print('TypeError', x)

class MyError(json.JSONDecodeError):
    pass

e = MyError('Sub', 'abc', 1)
print(type(e).__name__, e, e.colno, isinstance(e, E))

# Errors that are not about the text.
for v in [None, 1, 1.5, [], {}, object()]:
    try:
        json.loads(v)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads('1', foo=1)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(1, bar=2)
except TypeError as e:
    print('TypeError', e)
try:
    json.loads()
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps()
except TypeError as e:
    print('TypeError', e)
try:
    json.dump(1)
except TypeError as e:
    print('TypeError', e)
try:
    json.dump()
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    json.loads('1', None)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(1, obj=2)
except TypeError as e:
    print('TypeError', e)
print(json.dumps(obj=[1]), json.loads(s='2'))
