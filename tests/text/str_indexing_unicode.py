s = 'héllo wörld ☃ 😀 end'
print(len(s), s[0], s[1], s[-1], s[12], s[14], s[-5])
print(s[1:5], s[::-1], s[::2], s[12:15], s[-6:], s[100:], s[:-100], s[3:1])
print([c for c in 'a😀b'], len('😀'), '😀'.encode('utf-8'), len('😀'.encode('utf-8')))
print('ñ' == '\u00f1', 'n\u0303' == 'ñ', len('n\u0303'), '\u00f1'.upper())
print(s.index('☃'), s.find('😀'), s.count('l'), s.upper())
print(ascii(s), repr('☃'), repr('\x7f'), repr('\xa0'), repr('\u200b'), repr('\U0010ffff'))
for i in range(-3, 3):
    print(i, repr('añ😀'[i]))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
print(s[slice(1, 4)], s[slice(None, None, -3)])
print('日本語テキスト'[2:5], len('日本語'), '日本語'.encode('utf-8').decode('utf-8') == '日本語')
print(sorted(['b', 'a', 'é', 'z', 'É', 'ä']))
print(min('😀abc'), max('😀abc'), ord(max('abc😀')))
print('ab😀cd'.split('😀'), '😀'.join(['x', 'y']), '😀' * 3)
print(chr(0x10FFFF) > chr(0xFFFF), '\ud800'.isprintable() if False else 'skip')
print([ord(c) for c in 'Aé€😀'])
