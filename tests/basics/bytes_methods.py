# bytes methods shared with str, and bytes-only ones
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' H'), b.upper(), b.lower())
print(b.split(), b.split(b','), b.rsplit(b' ', 2), b'a,b,c'.split(b',', 1), b''.split())
print(b.find(b'World'), b.find(b'x'), b.find(108), b.rfind(b'l'), b.count(b'l'), b.count(108))
print(b.index(b'o'), b.rindex(b'o'), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1), b'-'.join([b'a', b'b']), b''.join([]))
print(b'abc'.center(7, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'-5'.zfill(4))
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'x\ny\r\nz'.splitlines())
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'bc'), b'hello world'.title())
print(b'hello'.capitalize(), b'HeLLo'.swapcase(), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' '.isspace(), b'ab'.islower())
print(b'AB'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b'\xe9'.isalpha(), b''.isalpha())
print(b'\x00\x0f\xf0\xff'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2))
print(b'abcdef'.hex(':', -2), b'abcde'.hex(b' ', 2), b'abcde'.hex(':', -4))
print(bytes.fromhex('00 0f f0 FF'), bytes.fromhex(''), bytes.fromhex(' 61  62 '), b''.fromhex('41'))
for bad in ['a', 'zz', '0 1', 'abc d']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: b'a'.hex(''), lambda: b'a'.hex('ab'), lambda: b'a'.find('a'),
            lambda: b'a'.split('a'), lambda: b'a'.join(['a']), lambda: b'a'.startswith('a'),
            lambda: b'a'.center(3, 'x'), lambda: b'a'.strip('a'), lambda: b'a'.index(b'z')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'abcabc'.translate(None, b'b'), b'abc'.translate(t, b'a'))
