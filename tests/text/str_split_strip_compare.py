# split and rsplit (white space and a separator, with maxsplit), strip from either side, and the
# six comparisons, for str (ASCII and not) and bytes: vm/obj_str.c shares one loop between the
# two directions of each.
texts = ['', ' ', '  a  b\tc\n ', 'a b c', ' a', 'a ', 'abc', '\u3000é\u3000b é\u2028', 'a,b,,c,',
         ',,', 'é,ü,é', 'xaxbxx']
for t in texts:
    for m in (-1, 0, 1, 2, 5):
        print(repr(t), m, t.split(None, m), t.rsplit(None, m), t.split(',', m), t.rsplit(',', m),
              t.split('x', m), t.rsplit(maxsplit=m, sep='xx'))
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(' a,')),
          repr(t.lstrip('é\u3000,')), repr(t.rstrip('bx')), repr(t.strip('')))
for t in texts:
    b = t.encode()
    for m in (-1, 0, 1, 3):
        print(b, m, b.split(None, m), b.rsplit(None, m), b.split(b',', m), b.rsplit(b',', m))
    print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' a,'), b.lstrip(b'\xc3'), b.rstrip(None))
pairs = ['', 'a', 'b', 'ab', 'abc', 'é', 'ée', 'e', '\U0001f600', '\uffff']
for x in pairs:
    print(repr(x), [(x < y, x > y, x == y, x != y, x <= y, x >= y) for y in pairs])
    bx = x.encode()
    print(bx, [(bx < by, bx > by, bx == by, bx != by, bx <= by, bx >= by)
               for by in (y.encode() for y in pairs)])
class S(str):
    pass
print(S('ab') < 'b', 'ab' >= S('ab'), S('a') == 'a', b'a' == 'a', 'a' != b'a')
for f in (lambda: 'a' < b'a', lambda: b'a' <= 'a', lambda: 'a' > 1):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__)
