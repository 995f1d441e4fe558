for s in ['straße', 'ﬁ', 'İstanbul', 'ǆ', 'ΌΣΟΣ', 'σς', 'ŉ', 'ﬀ', 'ẞ', 'Ω', 'µ', 'ǰ']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), len(s.upper()))
print('ß'.upper() == 'SS', 'STRASSE'.casefold() == 'straße'.casefold())
print('Ǆ'.lower(), 'ǆ'.title(), 'ǅ'.upper())
print(sorted(['é', 'e', 'f', 'É', 'E']), 'é' > 'f')
print('ΑΒΓ'.lower(), 'αβγ'.upper(), 'ДОБРЫЙ'.lower(), 'привет'.title())
print('ǈ'.istitle(), 'ǈ'.isupper(), 'ǈ'.islower(), '١'.isdigit(), 'Ⅷ'.isnumeric(), 'ⅷ'.lower() == 'ⅷ', 'Ⅷ'.lower())
