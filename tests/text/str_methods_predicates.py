tests = ['abc', 'ABC', 'abc123', '123', '12.3', '', ' ', '\t\n', 'a b', 'Ⅻ', '½', '٣', '²', 'é', '_x', 'x_1', 'class', '1abc', 'ñandú', 'hello!', '\x00', 'ABC def']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
