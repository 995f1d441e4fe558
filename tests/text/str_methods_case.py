words = ['hello world', 'HELLO', 'Hello World', 'hELLO wORLD', 'ß straße', 'ǅungla', "they're bill's", 'a1b2 c3', '', '123', 'ΣΑΣ', 'İi']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in ['Hello', 'hello', 'HELLO', 'Hello World', 'Hello world', '', '123', 'a1', 'A1', 'ǅ']:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
