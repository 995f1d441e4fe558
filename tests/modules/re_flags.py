# Flags passed as arguments and written inline.
import re

print(re.match('abc', 'ABC', re.I), re.match('abc', 'ABC', re.IGNORECASE))
print(re.match('[a-z]+', 'HeLLo', re.I), re.match('[^a-z]', 'A', re.I))
print(re.match(r'\w+', 'ÄÖü'), re.match(r'\w+', 'ÄÖü', re.A), re.match(r'(?a)\w+', 'aÄ'))
print(re.match('é', 'É', re.I), re.match('é', 'É', re.I | re.A))
print(re.match('(?i)straße', 'STRAßE'))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M), re.findall('(?m)x$', 'x\nx'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('(?s)a.b', 'a\nb'))
print(re.match(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # letters
''', '12 ab', re.X).groups())
print(re.match(r'(?x) a [ ] b \# c', 'a b#c'))
print(re.match(r'(?x)a\ b', 'a b'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
print(re.match('(?s:.)(?m:$)', '\n'))
print(re.match('(?ims)a.', 'A\n'))
print(re.compile('(?i)a').flags, re.compile('a', re.I | re.M).flags, re.compile('(?a)x').flags)
print(re.compile(b'x').flags, re.compile(b'(?i)x').flags, re.compile('(?x)a').flags)
print(re.compile('(?u)x').flags, re.compile(b'x', re.L).flags)
print(re.compile('(?i)a'), re.compile('a', re.X | re.S | re.A))
print(re.match(r'\d', '٣'), re.match(r'\d', '٣', re.A), re.match(r'\s', '\u2003'), re.match(r'\s', '\u2003', re.A))
print(re.match(r'\bé\b', 'é'), re.match(r'(?a)\bé', 'é'))
print(re.match(b'[a-z]+', b'ABC', re.I), re.match(rb'\w+', b'ab\xe9'))
print(re.match('(?i)[k]', '\u212a'), re.match('(?i)s', '\u017f'))
print(re.match(r'(?i)(a)\1', 'aA'))
# Case-insensitive sets and literals outside ASCII, as CPython matches them.
print(re.match('(?i)[µ]', 'Μ'), re.match('(?i)[ı]', 'I'), re.match('(?i)[ſ]', 's'))
print(re.match('(?i)[ǅ]', 'Ǆ'), re.match('(?i)ᾀ', 'ᾈ'), re.match('(?i)[ᾀ]', 'ᾈ'))
print(re.match('(?i)[µ-¶]', 'μ'), re.match('(?i)[r-t]+', 'ſS'), re.match('(?ia)[µ]', 'Μ'))
print(re.I, repr(re.I), str(re.I), format(re.I), '%d' % re.I, re.I | re.M, re.I & re.M, re.I | 1024, ~re.I, re.NOFLAG, re.I + 1, re.I == 2, hash(re.I) == 2, int(re.I|re.M))
print(type(re.I | 4).__name__, type(re.I + 1), isinstance(re.I, int), re.A | re.L, 2 | re.I, re.T, f'{re.I:d}', f'{re.I}')
print(re.compile('a', re.I|re.M), re.compile('a', re.I).flags, re.match('A', 'a', re.I))
print(re.X | re.S, re.I ^ re.I, re.I ^ 3, [re.I, re.M], re.RegexFlag.__name__, re.U & ~re.U)
