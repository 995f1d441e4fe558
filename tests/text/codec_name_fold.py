# Codec names in any case and with '_' for '-', aliases, near misses and unknown names: each
# alias is compared with the name folded a character at a time.
names = ['utf-8', 'UTF-8', 'utf_8', 'Utf8', 'utf8', 'u8', 'utf', 'ascii', 'ASCII', 'us-ascii',
         'US_ASCII', '646', 'latin-1', 'Latin_1', 'latin1', 'latin', 'l1', 'L1', 'iso-8859-1',
         'ISO8859-1', '8859', 'cp819', 'utf-16', 'utf_16_le', 'UTF-16-BE', 'utf-32', 'utf-8-sig',
         'utf-8x', '', 'x' * 40, 'asci', 'asciii', 'utf16le']
for n in names:
    try:
        print(repr(n), bytes('ab', n), str(b'abcd', n))
    except (LookupError, ValueError) as e:
        print(repr(n), type(e).__name__, e)
