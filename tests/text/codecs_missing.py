# Not implemented yet (docs/differences.md): codecs beyond utf-8/16/32, ascii and latin-1, and the
# namereplace and surrogatepass error handlers, raise LookupError naming what is missing.
for enc in ('cp1252', 'koi8-r', 'shift_jis'):
    try:
        'x'.encode(enc)
    except LookupError as e:
        print('LookupError', e)
    try:
        b'x'.decode(enc)
    except LookupError as e:
        print('LookupError', e)
for errors in ('namereplace', 'surrogatepass'):
    try:
        '\xe9'.encode('ascii', errors)
    except LookupError as e:
        print('LookupError', e)
print('\xe9'.encode('latin-1'), '\xe9'.encode('utf-16-le'), b'\xe9'.decode('latin-1'))
