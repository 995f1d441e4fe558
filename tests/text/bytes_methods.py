b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 1), b'a b c'.rsplit(None, 1), b'x\ny\r\nz'.splitlines())
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'ab'.join([b'1', b'2']))
try:
    b'-'.join(['a'])
except TypeError as e:
    print(type(e).__name__)
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.count(ord('o')))
print(b.startswith(b'  H'), b.endswith((b'x', b'  ')), b.replace(b'l', b'L'), b.replace(b'l', b'', 2))
print(b'abc'.center(9, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5), b'-42'.zfill(6))
print(b'abc123'.isalnum(), b'abc'.isalpha(), b'123'.isdigit(), b'  '.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle())
print(b'\xff'.isalpha(), b''.isdigit(), b'abc'.isascii(), b'\x80'.isascii())
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'hello'.capitalize(), b'a\tb'.expandtabs(4))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'aabbcc'.translate(None, b'b'))
print(b'pre_x'.removeprefix(b'pre_'), b'x.bin'.removesuffix(b'.bin'))
print(b'hello'.decode(), b'hello'.decode('ascii'), type(b'x'.decode()).__name__)
print(b'abcabc'.index(b'c', 3), b'abc'.find(b'c', -1), b'ab'.rindex(b'a'))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(type(e).__name__, e)
