# combining string methods
line = '  Name: Alice ; Age: 30 ; City: Paris  '
parts = line.strip().split(';')
for p in parts:
    k, v = p.split(':')
    print(repr(k.strip().lower()), repr(v.strip()))
csv = 'a,b,,c'
print('|'.join(csv.split(',')))
print(' '.join('hello   world  again'.split()))
print('hello'.upper().lower().replace('l', 'L'))
words = 'The Quick Brown Fox'.lower().split()
print(words)
print('-'.join(words).upper())
print('abc'.find('c') + len('abc'.upper()))
