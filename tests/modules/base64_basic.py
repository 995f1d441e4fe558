# base64: the Base64, URL-safe, Base32, Base32hex and Base16 encodings, line-wrapped Base64 and
# the errors of each decoder.
import base64
import binascii
import io

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7]
for d in data[:7]:
    print(base64.b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
for d in data:
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), base64.b64encode(b"\xfb\xff\xbf"), base64.b64encode(b"\xfb\xff", altchars=b"*-"))
print(base64.b64decode("Zm9v"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9v!YmFy"), base64.b64decode(b"*-8=", altchars=b"*-"))
print(base64.standard_b64encode(b"x"), base64.standard_b64decode(b"eA=="), base64.urlsafe_b64decode("-_8="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6Y1B", map01=b"L"), base64.b16decode("666f6f", casefold=True))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200, base64.encodebytes(b""))
out = io.BytesIO()
base64.encode(io.BytesIO(b"hello world" * 10), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b"hello world" * 10)
bad = [
    lambda: base64.b64decode("Zm9"),
    lambda: base64.b64decode("Zm9v!", validate=True),
    lambda: base64.b64decode("Zm===", validate=True),
    lambda: base64.b64decode("é"),
    lambda: base64.b64encode("str"),
    lambda: base64.b32decode("MZXW6"),
    lambda: base64.b32decode("MZXW6=Y="),
    lambda: base64.b32decode("MZXW6==="[:7] + "1"),
    lambda: base64.b32decode("MZ======"[:6] + "=="),
    lambda: base64.b32decode("M======="),
    lambda: base64.b16decode("666g"),
    lambda: base64.b16decode("666f6f"),
    lambda: base64.b16decode("abc", casefold=True),
    lambda: base64.b64decode(5),
    lambda: base64.encodebytes("s"),
]
for f in bad:
    try:
        print(f())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
