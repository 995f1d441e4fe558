# case conversion and case predicates, ASCII and beyond
for s in ['hello World', 'HELLO', 'hello', 'Hello World', '1st place', "they're bill's",
          'ABC def GhI', '', '123', 'a1B2']:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
    print(s.isupper(), s.islower(), s.istitle())
u = '\u00e9t\u00e9 \u00c0 \u00fcber stra\u00dfe \u00ff'
print(u.upper(), u.lower(), u.title(), u.capitalize(), u.swapcase())
print('\u00df'.upper(), '\u00df'.casefold(), '\u00df'.title(), 'stra\u00dfe'.casefold())
print('\u0130'.lower() == 'i\u0307', len('\u0130'.lower()))
print('\u0391\u0392\u0393 \u03b1\u03b2\u03b3'.swapcase(), '\u039f\u0394\u039f\u03a3'.lower())
print('\u03a3'.lower(), '\u0391\u03a3 \u03a3\u0391'.lower())
print('\u041f\u0440\u0438\u0432\u0435\u0442'.upper(), '\u041f\u0420\u0418'.lower())
print('\u0141\u00f3d\u017a'.upper(), '\u0104\u0118'.lower(), '\u00b5'.upper() == '\u039c')
print('\ufb01'.upper(), '\u00c9COLE'.istitle(), '\u00c9cole'.istitle())
print('\u00aa'.islower(), '\u00df'.islower(), '\u00c9'.isupper(), '\u00e9'.isupper())
print('Hello'.istitle(), 'HeLLo'.istitle(), 'A B'.istitle(), 'A b'.istitle(), '1A'.istitle())
print('ABC1'.isupper(), 'abc!'.islower(), '!!'.islower(), '!!'.isupper())
