# str patterns work by code point; bytes patterns on bytes.
import re

s = 'naïve café — 日本語 ok'
print(re.findall(r'\w+', s))
print([m.span() for m in re.finditer(r'\w+', s)])
print(re.search('日本', s).span(), re.search('é', s).start())
print(re.sub(r'[^\x00-\x7f]', '?', s))
print(re.split(r'\s+', s))
print(re.match('.{5}', s).group(), re.match('(?s).+', 'π\nπ').group())
print(re.match('[α-ω]+', 'αβγδ!').group(), re.match('[^α-ω]', 'α'))
print(re.match(r'\u00e9\U0001F600', 'é😀'), re.search('😀+', 'x😀😀y').span())
print(re.findall(r'\d+', '12 ٣٤ ５'), re.findall(r'(?a)\d+', '12 ٣٤ ５'))
print(re.match('(?i)ΣΑΣ', 'σας'), re.match('(?i)ǅ', 'ǆ'))
print(re.sub('(.)', r'[\1]', 'añ'), re.escape('ñ.'))
m = re.search('(?P<w>é+)', 'xxéée')
print(m, m.span('w'), m.groupdict())
print(re.compile('é'), re.compile('日本'))
b = b'key=val; k2=v2\xff'
print(re.findall(rb'(\w+)=(\w+)', b))
print(re.sub(rb'\xff', b'!', b), re.split(b';', b), re.match(b'.', b'\xff'))
print(re.match(rb'\w', b'\xe9'), re.match(b'(?i)K', b'k'))
print(re.compile(b'ab'), re.compile(b'a', re.I))
m = re.match(b'(a)(?P<n>b)', b'ab')
print(m, m.group(1), m.groupdict(), m.expand(rb'\2\1'))
print(re.fullmatch(rb'\x00\t', b'\x00\t'))
m = re.search(b'(b)', bytearray(b'abc'))
print(repr(m.group()), m.groups(), m, type(m.string).__name__)
print(re.findall(b'.', bytearray(b'ab')), re.sub(b'a', b'x', bytearray(b'aba')))
print(re.split(b'b', bytearray(b'aba')), re.search(b'b', memoryview(b'abc')).group())
for f in [lambda: re.search('a', bytearray(b'a')), lambda: re.search(b'a', 5),
          lambda: re.search('a', 5), lambda: re.search(b'a', 'a')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
