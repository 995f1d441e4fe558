# bytes.decode and str.encode with errors
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'))
print(b'abc'.decode('ascii'), b'abc'.decode(encoding='UTF-8'), b'\xe2\x82\xac'.decode('utf_8'))
for data in [b'\xff', b'a\x80b', b'\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80',
             b'\xf0\x9f\x98', b'ok\xf0\x9f\x98\x80ok', b'\xc0\xaf', b'\xf8\x88\x80\x80\x80']:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            print(repr(data.decode('utf-8', errors)))
        except UnicodeDecodeError as e:
            print('UnicodeDecodeError', e)
for errors in ['strict', 'replace', 'ignore']:
    try:
        print(repr(b'a\xe9\x80b'.decode('ascii', errors)))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
try:
    b'a'.decode('nope')
except LookupError as e:
    print('LookupError', e)
try:
    b'\xff'.decode('utf-8', 'nope')
except LookupError as e:
    print('LookupError', e)
print(b'\xff'.decode('latin1'), 'x'.encode('utf-8', 'nope'))
s = 'A\u00e9\u20ac\U0001f600'
for enc in ['utf-8', 'latin-1', 'ascii']:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            print(s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print('UnicodeEncodeError', e)
print(s.encode().decode() == s, len(s.encode()))
