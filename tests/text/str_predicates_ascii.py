for s in ['', 'a', 'A', '1', ' ', 'aB1', 'ab cd', 'a_b', '\t', '!', 'ABC', 'abc', 'Abc', 'A Title String', 'a lower title', 'MiXeD', '123abc', 'ABC123', '3.14', '-1', '+1']:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isdecimal())
