# hashlib: the digests of many pseudo-random inputs, whole and fed in random pieces.
try:
    import hashlib
    import random
except ImportError:
    print('SKIP')
    raise SystemExit

random.seed(2026)
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
for i in range(120):
    n = random.choice([random.randrange(20), random.randrange(300), random.randrange(3000)])
    data = bytes(random.getrandbits(8) for _ in range(n))
    name = names[i % len(names)]
    whole = hashlib.new(name, data)
    parts = getattr(hashlib, name)()
    pos = 0
    while pos < n:
        step = random.randrange(1, 200)
        parts.update(data[pos:pos + step])
        pos += step
    print(name, n, whole.hexdigest(), whole.digest() == parts.digest())
