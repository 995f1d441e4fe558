s = 'héllo €'
for enc in ('utf-8', 'latin-1', 'ascii', 'utf-16-le', 'utf-16-be', 'utf-32-le'):
    for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e.start, e.end)
data = b'ab\xff\xfecd\xc3\xa9'
for err in ('strict', 'ignore', 'replace', 'backslashreplace'):
    try:
        print(err, repr(data.decode('utf-8', err)))
    except UnicodeDecodeError as e:
        print(err, type(e).__name__, e.start, e.end, e.reason)
print(repr(data.decode('latin-1')), repr(b'\x80abc'.decode('ascii', 'replace')))
print('abc'.encode(), 'abc'.encode('UTF8'), 'abc'.encode(encoding='utf_8'), 'é'.encode('Latin1'))
print(b'\xe2\x82\xac'.decode('utf-8'), b'\xe2\x82'.decode('utf-8', 'replace'), b'\xed\xa0\x80'.decode('utf-8', 'replace'))
print('😀'.encode('utf-8'), '😀'.encode('utf-16-le'), len('😀'.encode('utf-32-be')))
print(b'\xf0\x9f\x98\x80'.decode('utf-8') == '😀', b'\xc0\x80'.decode('utf-8', 'replace'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    'ÿ€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
try:
    'x'.encode('utf-8', 'bogus-handler')
    print('unused handler not checked')
except LookupError as e:
    print(type(e).__name__)
try:
    'é'.encode('ascii', 'bogus-handler')
except LookupError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'ascii'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='ignore', encoding='utf-8'))
print('\udcff'.encode('utf-8', 'surrogateescape'), b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
