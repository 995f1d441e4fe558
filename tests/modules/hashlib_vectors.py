# hashlib: the published test vectors (FIPS 180-4 examples, RFC 1321 suite) and padding edges.
try:
    import hashlib
except ImportError:
    print('SKIP')
    raise SystemExit

abc = b'abc'
two_blocks = b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'
vectors = [
    ('md5', b'', 'd41d8cd98f00b204e9800998ecf8427e'),
    ('md5', b'a', '0cc175b9c0f1b6a831c399e269772661'),
    ('md5', abc, '900150983cd24fb0d6963f7d28e17f72'),
    ('md5', b'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'),
    ('md5', b'abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'),
    ('md5', b'1234567890' * 8, '57edf4a22be3c955ac49da2e2107b67a'),
    ('sha1', abc, 'a9993e364706816aba3e25717850c26c9cd0d89d'),
    ('sha1', two_blocks, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'),
    ('sha224', abc, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'),
    ('sha256', abc, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'),
    ('sha256', two_blocks, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'),
    ('sha384', abc, 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed'
                    '8086072ba1e7cc2358baeca134c825a7'),
    ('sha512', abc, 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a'
                    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'),
]
for name, data, want in vectors:
    print(name, len(data), hashlib.new(name, data).hexdigest() == want)

# A million 'a's, fed in pieces of awkward sizes.
h = hashlib.sha1()
done = 0
for size in [1, 63, 64, 65, 127, 128, 129, 1000]:
    h.update(b'a' * size)
    done += size
h.update(b'a' * (1000000 - done))
print(h.hexdigest() == '34aa973cd4c4daa4f61eeb2bdbad27316534016f')

# Lengths around the block and padding boundaries of both block sizes.
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for n in [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 256]:
        print(name, n, getattr(hashlib, name)(bytes(range(n % 256)) + b'x' * (n - n % 256)).hexdigest())
