s = 'tab\there\nnewline \\ backslash \'single\' "double" \x41 \101 \u00e9 \U0001F600 \N{BULLET} \a\b\f\v\r\0'
print(repr(s))
print(len('\x00\x01\x1f\x7f\x80\xff'), repr('\x00\x01\x1f\x7f\x80\xff'))
print(r'raw \n \t \\', len(r'\n'), r'\'', R'x\y')
print(rb'raw\bytes', br'\x00', len(rb'\x00'))
print('line one \
continued')
print('adjacent' ' strings' " concatenated")
print("""triple "double" with 'single'""", '''triple 'single' ''')
print('''multi
line''', repr('''a
b'''))
print('\'' == "'", '\"' == '"', '\x41\x42' == 'AB', '\101\102' == 'AB', '\u0041' == 'A')
print(repr('\\'), repr("'"), repr('"'), repr('\'"'), repr("it's"), repr('a\\nb'))
print(ord('\N{LATIN SMALL LETTER E WITH ACUTE}'), '\N{GREEK SMALL LETTER ALPHA}')
print(repr(b'\x00\n\t\\ \x7f\x80'), b'\101', b'\x41')
print(repr('\x1b[0m'), repr('\u2028'), repr('\ufeff'), repr('\U000e0001'))
print('%r' % '\t', '{!r}'.format('\n'))
for src in [r"'\x4'", r"'\u12'", r"'\N{NOT A REAL NAME}'", r"b'\u1234'", r"'\777'"]:
    try:
        print(repr(eval(src)))
    except (SyntaxError, ValueError) as e:
        print(src, type(e).__name__)
