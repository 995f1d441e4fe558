# non-ASCII text: lengths and indexing count characters, not bytes
s = 'caf\u00e9'
print(s, len(s))
print(s[3], ord(s[3]))
print(chr(233), chr(0x263a))
print('\u00e9' == '\xe9')
t = 'na\u00efve \u2603'
print(t, len(t), t[-1])
print(t[::-1])
print(repr('\u00e9'))
print('\u00e9' in s)
