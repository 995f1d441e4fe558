# UTF-16, UTF-32 and utf-8-sig against CPython: round trips, byte order marks, and the errors
# and handlers over pseudo-random bytes and text (a fixed generator, so both runs see the same).
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

pool = [0x41, 0xe9, 0x20ac, 0xd800, 0xdc00, 0xdfff, 0x1f600, 0x10ffff, 0xfeff, 0x0]
codecs = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']
for round_ in range(60):
    data = bytes(rand(256) if rand(3) else [0x00, 0xd8, 0xdc, 0xfe, 0xff][rand(5)]
                 for _ in range(rand(9)))
    enc = codecs[rand(len(codecs))]
    h = handlers[rand(len(handlers))]
    try:
        print(enc, h, data, ascii(data.decode(enc, h)))
    except (UnicodeDecodeError, TypeError) as e:
        print(enc, h, data, type(e).__name__, e)
for round_ in range(40):
    text = ''.join(chr(pool[rand(len(pool))]) for _ in range(rand(5)))
    enc = codecs[rand(len(codecs))]
    h = ['strict', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore'][rand(5)]
    try:
        b = text.encode(enc, h)
        back = b.decode(enc, 'replace')
        print(enc, h, ascii(text), b, ascii(back))
    except UnicodeEncodeError as e:
        print(enc, h, ascii(text), type(e).__name__, e, e.start, e.end)
for enc in codecs:
    s = 'h\u20ac\U0001f600\x00'
    print(enc, s.encode(enc), s.encode(enc).decode(enc) == s, ''.encode(enc), b''.decode(enc))
print(b'\xfe\xff\x00h'.decode('utf-16'), b'\x00\x00\xfe\xff\x00\x00\x00h'.decode('utf-32'))
print('x'.encode('UTF16'), 'x'.encode('utf_32_be'), 'x'.encode('U8') if False else '')
