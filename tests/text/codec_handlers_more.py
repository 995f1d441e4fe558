# The backslashreplace, xmlcharrefreplace and surrogateescape error handlers of encode() and
# decode() for the utf-8, ascii and latin-1 codecs, and the handlers decoding cannot use.
text = 'aé€😀z'
for enc in ['ascii', 'latin-1', 'utf-8']:
    for h in ['backslashreplace', 'xmlcharrefreplace', 'replace', 'ignore']:
        print(enc, h, text.encode(enc, h))
raw = b'a\xe9\xff\xc3(z\xe2\x82'
for enc in ['ascii', 'utf-8', 'latin-1']:
    for h in ['backslashreplace', 'surrogateescape', 'replace', 'ignore']:
        print(enc, h, ascii(raw.decode(enc, h)))
s = raw.decode('utf-8', 'surrogateescape')
print(s.encode('utf-8', 'surrogateescape') == raw, ascii(s), s.encode('ascii', 'surrogateescape') if False else '')
for f in [lambda: raw.decode('utf-8', 'xmlcharrefreplace'), lambda: 'é'.encode('ascii', 'surrogateescape'),
          lambda: '\udc41'.encode('utf-8', 'surrogateescape'), lambda: 'é'.encode('ascii', 'nope')]:
    try:
        print(f())
    except (TypeError, UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
