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
