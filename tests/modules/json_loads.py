# json.loads: every JSON value, whitespace, numbers, string escapes, and bytes input.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit

def show(text, **kw):
    v = json.loads(text, **kw)
    print(repr(text), '->', type(v).__name__, repr(v))

for t in ['null', 'true', 'false', '0', '-0', '1', '-12', '123456789012345678901234567890',
          '-98765432109876543210', '1.5', '-0.0', '0.1', '1e5', '1E5', '1e+5', '1e-5', '2.5E-3',
          '-1.25e+10', '1e400', '-1e400', '1e-400', '9007199254740993', '0.30000000000000004',
          '123.456e7', 'NaN', 'Infinity', '-Infinity', '""', '"abc"', '[]', '{}', '[1, 2, 3]',
          '{"a": 1, "b": [true, false, null]}', '[[[]], {}, [{}]]']:
    show(t)

# Whitespace is space, tab, newline and carriage return, anywhere between tokens.
show(' \t\n\r[ 1 ,\n\t2 ] \r\n')
show('{ "a" : 1 , "b" :\n[ ] }')
show('\n\n  "x"  \n')

# Escapes.
show(r'"\" \\ \/ \b \f \n \r \t"')
show(r'"\u0041\u00e9\u20AC\uD83D\uDE00"')
show(r'"\ud800"')
show(r'"\udc00\ud800"')
show(r'"\ud800\u0041"')
show(r'"\ud800x"')
show(r'"\ud800\\"')
show(r'"a\u0000b"')
show('"\x7f é € 😀"')
show('"' + 'x' * 100 + r'\n' + 'y' * 100 + '"')
v = json.loads(r'"\ud83d\ude00"')
print(len(v), v == '\U0001f600')
v = json.loads(r'"\ud800\udbff\udc00"')
print(len(v), v == '\ud800\U0010fc00')

# Duplicate keys: the last value wins, at the first key's place.
show('{"a": 1, "b": 2, "a": 3}')
show('{"a": {"x": 1}, "a": {"y": 2}}')

# Non-ASCII keys and values.
show('{"é": "ü", "日本": ["語"]}')

# Big ints and long floats.
print(json.loads('1' * 1000) == int('1' * 1000))
print(json.loads('-' + '9' * 4300) == -int('9' * 4300))
print(json.loads('0.' + '3' * 400))
try:
    json.loads('1' * 4301)
except ValueError as e:
    print('ValueError', e)
print(json.loads('[' + '1' * 4301 + ']', parse_int=len))

# bytes and bytearray in UTF-8, UTF-16 and UTF-32, with or without a byte order mark.
doc = '{"k": ["é", 1, "€😀"]}'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
            'utf-32-be']:
    b = doc.encode(enc)
    print(enc, json.loads(b) == json.loads(doc), json.loads(bytearray(b)) == json.loads(doc))
for b in [b'1', b'12', b'"a"', b'[]', '7'.encode('utf-16-le'), '7'.encode('utf-16-be'),
          b' 1 ', b'\xef\xbb\xbf"x"', bytearray(b'{}')]:
    print(b, repr(json.loads(b)))
# Encoded surrogates pass (CPython decodes with surrogatepass); other bad UTF-8 does not.
print(repr(json.loads(b'"\xed\xa0\x80x\xed\xbf\xbf"')))
for b in [b'\xff', b'"\xc3"', b'\x80abc', b'"\xed\xa0"', b'\xef\xbb\xbf\xff',
          b'\xef\xbb\xbf"\xed\xa0\x80\xff"', bytearray(b'"\xff"'), b'"\xed\xa0\x80\xc0"']:
    try:
        json.loads(b)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e, e.start, e.end, type(e.object).__name__)

# str subclasses are parsed as str.
class S(str):
    pass

show(S('[1, {"a": "b"}]'))

# Results are fresh, mutable objects.
a = json.loads('[1]')
b = json.loads('[1]')
a.append(2)
print(a, b, a is b)

# Keyword arguments by name.
print(json.loads(s='[1]'))
