# hmac and secrets: RFC 4231 vectors, random keys and messages in every hash, copies,
# compare_digest's types; token lengths, alphabets and ranges of secrets.
import hashlib
import hmac
import secrets
import string

# RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
vectors = [(b"\x0b" * 20, b"Hi There"), (b"Jefe", b"what do ya want for nothing?"),
           (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First")]
for key, msg in vectors:
    for name in ("sha224", "sha256", "sha384", "sha512"):
        print(name, hmac.new(key, msg, name).hexdigest())
    print(hmac.new(key, msg, hashlib.md5).hexdigest(), hmac.digest(key, msg, "sha1").hex())

seed = [99]


def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n


for i in range(60):
    key = bytes(rnd(256) for _ in range(rnd(200)))
    msg = bytes(rnd(256) for _ in range(rnd(300)))
    name = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"][i % 6]
    h = hmac.new(key, digestmod=name)
    cut = rnd(len(msg) + 1)
    h.update(msg[:cut])
    c = h.copy()
    h.update(msg[cut:])
    c.update(msg[cut:])
    print(i, h.name, h.digest_size, h.block_size, h.hexdigest() == c.hexdigest(),
          h.hexdigest(), hmac.new(bytearray(key), msg, getattr(hashlib, name)).digest() == h.digest())

for args in ((b"key", b"msg"), ("key", b"msg"), (b"key", b"msg", "")):
    try:
        hmac.new(*args)
    except TypeError as e:
        print("TypeError", e)
for a, b in ((b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"), ("", ""),
             (bytearray(b"x"), b"x"), (memoryview(b"xy"), bytearray(b"xy")), ("a", "b")):
    print(hmac.compare_digest(a, b), secrets.compare_digest(a, b))
for a, b in (("é", "é"), ("a", b"a"), (b"a", "a"), ("a", 1), (1, b"a"), (b"a", None), (1, 1)):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(7)),
      set(secrets.token_hex(64)) <= set(string.hexdigits.lower()))
alphabet = set(string.ascii_letters + string.digits + "-_")
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(1)),
      all(set(secrets.token_urlsafe(n)) <= alphabet for n in range(40)))
seen = set(secrets.randbelow(10) for _ in range(2000))
print(sorted(seen), secrets.randbelow(1), all(0 <= secrets.randbelow(1000) < 1000 for _ in range(500)))
print(secrets.randbits(0), all(0 <= secrets.randbits(13) < 8192 for _ in range(500)),
      max(secrets.randbits(3) for _ in range(500)), secrets.randbits(200).bit_length() <= 200)
print(sorted(set(secrets.choice("abc") for _ in range(300))), secrets.choice([7]))
for call in (lambda: secrets.randbelow(0), lambda: secrets.randbits(-1), lambda: secrets.choice([])):
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(secrets.DEFAULT_ENTROPY)
