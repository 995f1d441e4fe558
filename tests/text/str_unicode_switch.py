# Unicode text in str (KL_CFG_STR_UNICODE, on from the CORE level): each way to a non-ASCII str,
# and the code-point paths it needs. Without the switch every str is ASCII and each of these
# raises instead (ci/qemu/smallest-left-out.txt types them on the smallest board).

# Literals, escapes and names.
s = 'café'
print(len(s), s[3], s[-1] == '\xe9', s.find('é'), s.encode())
print('\xe9' == '\u00e9' == '\U000000e9' == '\351' == 'é', len('\U0001f600'))
café = 1
print(café)
# chr() and %c above 127.
print(chr(233), ord(chr(0x20ac)), '%c' % 0x20ac, len('%c' % 0x1f600))
# Decoding: each codec, and a handler's escape.
print(b'caf\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), str(b'\xc3\xa9', 'utf-8'))
print(b'\xff'.decode('ascii', 'backslashreplace'))
for data, codec in [(b'\xc3\xa9', 'ascii'), (b'\xff', 'utf-8')]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.start, e.end)
# Code-point indexing, slicing, searching, splitting and iteration of non-ASCII text.
t = 'añb€c😀d'
print(len(t), t[1], t[3], t[5], t[2:6], t[::2], t[::-1], t.index('€'), t.rfind('d'))
print(list(t), type(iter(t)).__name__, type(iter('ab')).__name__)
print('a\u2003b\x85c'.split(), '\u3000x\u3000'.strip(), '\x85'.isspace())
print(repr('é\x00\u200b\U0001f600'), int('\u0663\u0664'), 'ä'.upper(), 'Σ'.lower())
print('{:*^7}'.format('é€'), '%-4s|' % 'ü', format('ñ', '>3'))
# A SyntaxError's text is the str of its line, a comment's text and all.
try:
    exec('x = (1 +  # naïve\n')
except SyntaxError as e:
    print(type(e.args[1][3]).__name__, e.args[1][3])
