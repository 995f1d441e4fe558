# iterating over strings
for c in 'abc':
    print(c)
count = 0
for c in 'hello world':
    if c == 'o' or c == 'l':
        count += 1
print(count)
print(list('hey'))
print(tuple('hey'))
rev = ''
for c in 'stressed':
    rev = c + rev
print(rev)
for i, c in enumerate('xyz'):
    print(i, c)
vowels = 0
for c in 'The quick brown fox':
    if c.lower() in 'aeiou':
        vowels += 1
print(vowels)
