b = b'  a  b\tc\n'
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(b' '), b.strip(), b.strip(b' \n'), b.lstrip(b' a'))
print(b'a,b,c'.split(b','), b'a,b,c'.rsplit(b',', 1), b'abc'.split(b'x'), b''.split(), b''.split(b','))
print(b'xxabcxx'.strip(b'x'), b'abc'.strip(b''), b'hello'.count(b'l'), b'hello'.count(b''), b'aaa'.count(b'aa'))
print(b'hello'.replace(b'l', b'L', 1), b'hello'.replace(b'', b'-'), b'abc'.replace(b'b', b''))
print(b'Hello World'.title(), b'hello world'.capitalize(), b'HeLLo'.swapcase(), b'ab'.center(6, b'-'))
print(b'a\tb\tc'.expandtabs(2), b'line1\nline2\r\n'.splitlines(), b'line1\nline2'.splitlines(True))
print(b'abc'.startswith((b'x', b'a')), b'abc'.endswith(b'bc', 1), b'abc'.find(b'c', 0, 2), b'abcabc'.rfind(b'b'))
print(b'%s' % b'' if False else b''.join([b'a', b'b']), b','.join([b'x', memoryview(b'y')]) if False else b','.join([b'x', b'y']))
try:
    b'abc'.split('b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.replace('a', 'b')
except TypeError as e:
    print(type(e).__name__)
