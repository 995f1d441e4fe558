# str.encode and bytes.decode go through the codec registry for encodings the core does not
# know: the escape codecs, registered codecs, and CPython's errors for non-text codecs.
import codecs
print(b'a\\n\\x41\\u20ac'.decode('unicode_escape'), 'é\n'.encode('unicode_escape'), 'a\u20ac'.encode('raw_unicode_escape'))
print(str(b'\\t', 'unicode_escape'), bytes('\t', 'unicode_escape'))
for call in (lambda: 'x'.encode('rot13'), lambda: b'00'.decode('hex'), lambda: 'x'.encode('nope'), lambda: b'x'.decode('nope'), lambda: b'\\x4'.decode('unicode_escape')):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)), lambda b, errors='strict': (bytes(b).decode().lower() + '!', len(b)), name='shout')
codecs.register(search)
print('hi'.encode('shout'), b'HI'.decode('shout'))
def bad(name):
    if name == 'badcodec':
        return codecs.CodecInfo(lambda s, errors='strict': (42, 1), lambda b, errors='strict': (42, 1), name='badcodec')
codecs.register(bad)
for call in (lambda: 'x'.encode('badcodec'), lambda: b'x'.decode('badcodec')):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(b'\\xff'.decode('unicode_escape', 'strict') if False else b'x\\ny'.decode('unicode-escape'))
