# character class tests
tests = ['', 'abc', 'ABC', 'aBc', '123', 'a1', ' ', ' \t\n', 'a b', 'ABC1', 'abc!', '0']
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isupper(), t.islower())
