s = 'aé€😀z'
for enc in ('ascii', 'latin-1', 'utf-8'):
    for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        print(enc, err, s.encode(enc, err))
for enc in ('ascii', 'latin-1'):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, str(e))
data = b'a\xe9\xff\xc3\xa9\xe2\x82z'
for err in ('ignore', 'replace', 'backslashreplace'):
    print(err, repr(data.decode('utf-8', err)), repr(data.decode('ascii', err)))
print(repr(data.decode('latin-1')))
try:
    data.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, str(e))
try:
    data.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, str(e))
for name in ('UTF-8', 'utf8', 'U8', 'latin1', 'iso-8859-1', 'ASCII', 'us-ascii', 'l1', 'cp819'):
    print(name, 'é'.encode(name, 'replace'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig') if True else '', 'abc'.encode('utf-8-sig'))
