# hashlib: hash objects (update, copy, attributes) and the constructors' arguments and errors.
try:
    import hashlib
except ImportError:
    print('SKIP')
    raise SystemExit

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r.hexdigest() if hasattr(r, 'hexdigest') else r)
    except Exception as e:
        print(type(e).__name__, e)

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = getattr(hashlib, name)(b'abc')
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
    c = h.copy()
    c.update(b'def')
    print(h.hexdigest() == getattr(hashlib, name)(b'abc').hexdigest(),
          c.hexdigest() == hashlib.new(name, b'abcdef').hexdigest())
    print(h.digest() == h.digest(), h.digest().hex() == h.hexdigest())
    print(name in hashlib.algorithms_guaranteed, name in hashlib.algorithms_available)

h = hashlib.sha256()
for piece in [b'a', bytearray(b'b'), memoryview(b'c')]:
    print(h.update(piece))
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(type(h).__name__, repr(h).startswith('<sha256 _hashlib.HASH object @ '))

t(hashlib.sha256, string=b'x')
t(hashlib.sha256, b'x', usedforsecurity=False)
t(hashlib.md5, usedforsecurity=True)
t(hashlib.sha256, b'x', string=b'y')
t(hashlib.sha256, data=b'x')
t(hashlib.sha256, foo=1)
t(hashlib.sha256, b'', b'')
t(hashlib.sha1, 'text')
t(hashlib.sha1, 1)
t(hashlib.sha1, None)
t(hashlib.new, 'SHA256', b'a')
t(hashlib.new, 'Md5')
t(hashlib.new, 'sha256', data=b'a')
t(hashlib.new, name='sha1', data=b'a')
t(hashlib.new, 'sha256', string=b'a')
t(hashlib.new, 'md5', usedforsecurity=False)
t(hashlib.new, 'xyz')
t(hashlib.new, 'sha3_999')
t(hashlib.new, 1)
t(hashlib.new)
t(hashlib.new, 'md5', b'', b'')
t(hashlib.new, 'md5', 'text')
h = hashlib.md5()
t(h.update, 'text')
t(h.update, None)
t(h.update)
t(h.update, b'a', b'b')
for attr in ['name', 'digest_size', 'block_size']:
    try:
        setattr(h, attr, 1)
    except AttributeError:
        print('AttributeError', attr)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}))
print(type(hashlib.md5()))
