# run-length encoding and decoding
def encode(s):
    if not s:
        return []
    out = []
    cur = s[0]
    n = 1
    for c in s[1:]:
        if c == cur:
            n += 1
        else:
            out.append((cur, n))
            cur = c
            n = 1
    out.append((cur, n))
    return out


def decode(pairs):
    return ''.join([c * n for c, n in pairs])


for s in ['aaabccdddd', '', 'abc', 'zzzzzzzzzz', 'aabbaa']:
    e = encode(s)
    print(repr(s), e, decode(e) == s)
text = ''.join([str(n) + c for c, n in encode('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW')])
print(text)
