# is* predicates
tests = ['', 'abc', 'ABC', 'abc123', '123', '12.3', ' \t\n', 'a b', '_id', '1id', 'id1',
         '\u00e9t\u00e9', '\u00bd', '\u00b2', '\u0663', 'caf\u00e9!', '\x7f', 'a\u00a0b',
         '\u4e2d\u6587', '\uff11', 'class', '\u00e9l\u00e8ve_1', 'tab\there']
for s in tests:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(),
          s.isnumeric(), s.isprintable(), s.isspace(), s.isidentifier())
