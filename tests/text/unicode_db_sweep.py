# Every str property and case mapping of a code point, over the BMP outside CJK and a sample
# of the supplementary planes, as the Unicode database in vm/unicode_db.c gives them. One line
# per block of 256: each code point's predicates as a number, then the mappings that change it.
def props(ch):
    bits = 0
    for p in (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(),
              ch.isprintable(), ch.isupper(), ch.islower(), ch.istitle(), ch.isidentifier(),
              ('a' + ch).isidentifier(), ch.isalnum()):
        bits = bits * 2 + p
    out = [str(bits)]
    for m in (ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize()):
        if m != ch:
            out.append(ascii(m))
    return ' '.join(out)

codes = list(range(0, 0x3400)) + list(range(0xa000, 0xd800)) + list(range(0xe000, 0x10000))
codes += list(range(0x10000, 0x20000, 5)) + list(range(0x1e900, 0x1e960))
codes += [0x20000, 0x2a6df, 0x30000, 0xe0001, 0xe0100, 0xf0000, 0x10fffd, 0x10ffff]
for start in range(0, len(codes), 256):
    block = codes[start:start + 256]
    print(hex(block[0]), ','.join(props(chr(c)) for c in block))
