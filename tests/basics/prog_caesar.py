# Caesar cipher with ord and chr
def shift(text, k):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - ord('a') + k) % 26 + ord('a')))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - ord('A') + k) % 26 + ord('A')))
        else:
            out.append(c)
    return ''.join(out)


msg = 'Hello, World! The quick brown fox.'
for k in [1, 3, 13, 25, -1]:
    enc = shift(msg, k)
    print(k, enc, shift(enc, -k) == msg)
print(shift(shift('rot13 twice', 13), 13))
