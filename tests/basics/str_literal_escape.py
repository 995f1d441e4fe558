# string literals and escape sequences
print('single', "double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('tab:\tend')
print('new\nline')
print('back\\slash')
print('\x41\x42\x43')
print('\101\102')
print(len('\n'), len('\\n'), len('\x00'))
print('a' 'b' 'c')
print("""triple
quoted""")
print('''also
triple''')
print(r'raw\n', len(r'raw\n'))
print('line \
continued')
print(repr('\t\n\r\x00\x7f'))
print(repr('\x1b'))
print('')
print(len(''))
