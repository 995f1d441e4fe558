# Case mappings that depend on context or map one code point to several: the final sigma rule
# (which skips case-ignorable marks), title case digraphs, and the special casings.
for s in ['ΟΔΟΣ', 'ΟΔΟΣ.', 'ΟΔΟΣ\u0301', 'ΟΔΟΣ\u0301Α', 'Σ', 'ΑΣ\'Α', "Α'Σ", 'ΑΣ ΒΣ', 'ΑΣ1']:
    print(ascii(s.lower()), ascii(s.swapcase()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.casefold()))
for s in ['ǆemal', 'Ǆ', 'ǅa', 'ǈ', 'ß', 'ŉ', 'ﬃ', 'İstanbul', 'ΐ', 'ᾳ', 'ᾼ', 'ǰ', 'Ꭰꭰ', '𐐀𐐨']:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()), s.isupper(), s.islower(), s.istitle())
print('ǅ'.istitle(), 'ǅa'.istitle(), 'Aǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower())
print("they're bill's friends".title(), 'hello wORLD'.capitalize(), 'ǆx ǆy'.title())
print('Straße'.upper(), 'STRASSE'.casefold() == 'Straße'.casefold(), len('ﬁ'.upper()))
print('Ⅻ'.isnumeric(), 'Ⅻ'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(),
      '\u3000'.isspace(), '\u200b'.isspace(), '\u0378'.isprintable(), 'ⅻ'.lower(), 'ⅻ'.upper())
print('αβγ'.isidentifier(), '१२'.isidentifier(), 'x१२'.isidentifier(), '℘x'.isidentifier(),
      '·'.isidentifier(), 'a·'.isidentifier())
