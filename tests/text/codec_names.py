# Codec and error handler names: every alias, case and '_' for '-', and names that are not
# codecs (vm/obj_str.c looks them up in a word list, without strcmp).
names = ['utf-8', 'UTF8', 'u8', 'utf', 'Utf_8', 'ascii', 'US-ASCII', 'us_ascii', '646',
         'latin-1', 'latin1', 'LATIN', 'l1', 'iso-8859-1', 'iso8859_1', '8859', 'cp819',
         'utf-8-sig', 'UTF_8_SIG', 'utf-16', 'utf16', 'u16', 'utf-16-le', 'utf_16le',
         'UTF-16-BE', 'utf-16be', 'utf-32', 'utf32', 'u32', 'utf-32-le', 'utf-32le',
         'utf-32-be', 'utf-32BE']
for n in names:
    b = 'hé'.encode(n, 'backslashreplace')
    print(n, b, b.decode(n), str(b, n))

for n in ['', 'utf-88', 'u', 'utf-8-sig-x', 'latin-12', 'x' * 40, 'asciii',
          '64', 'utf-16-l', 'utf8-sig', 'utf8_sig', 'utf16le', 'utf16be', 'utf32le', 'UTF32BE']:
    for f in (lambda: 'a'.encode(n), lambda: b'a'.decode(n)):
        try:
            f()
            print(repr(n), 'ok')
        except LookupError as e:
            print(repr(n), type(e).__name__)

# An error handler is only looked up when an error needs one.
for h in ['strict', 'backslashreplace', 'ignore', 'replace', 'xmlcharrefreplace',
          'surrogateescape', 'Strict', '', 'strictx', 'stric', 'ignorereplace']:
    print(repr(h), 'abc'.encode('ascii', h), b'abc'.decode('ascii', h))
    try:
        print(repr(h), 'aé'.encode('ascii', h))
    except (LookupError, UnicodeError) as e:
        print(repr(h), type(e).__name__)
    try:
        print(repr(h), b'a\xe9'.decode('ascii', h))
    except (LookupError, UnicodeError, TypeError) as e:
        print(repr(h), type(e).__name__)
