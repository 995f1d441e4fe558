text = 'first\nsecond\r\nthird\rfourth\n\nsixth\n'
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.split('\n'))
print('no newline'.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), '\r\n'.splitlines())
print('a\vb\fc'.splitlines())
for line in 'x\ny\n'.splitlines():
    print('line:', repr(line))
print(repr('col1\tcol2\tcol3'.expandtabs(10)))
print(repr('\ta\tbb\tccc\tdddd'.expandtabs()))
print(repr('abc\r\tdef'.expandtabs(4)), repr('a\n\tb'.expandtabs(2)))
print(repr('\t'.expandtabs(-1)), repr(''.expandtabs()))
rows = [['name', 'qty'], ['apple', '3'], ['kiwi', '12']]
print('\n'.join('\t'.join(r) for r in rows).expandtabs(8))
