for s in ['hello world', "it's a dog's life", 'HELLO WORLD', 'hello-world_foo bar', '123abc def', 'a1b2c3', 'élan vital', 'O\'NEIL', 'x', '  lead', 'tab\tsep', 'ÀÉÎ õü']:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.title().istitle())
