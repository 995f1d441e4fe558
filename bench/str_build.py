# bench/str_build.py: building, splitting, joining and searching strings.
words = []
for i in range(20000):
    words.append('w' + str(i * 7919 % 10007))
text = ' '.join(words)
total = 0
for rep in range(400):
    parts = text.split()
    total += len(parts)
    line = ','.join(parts[rep * 100:rep * 100 + 1000])
    total += len(line.split(','))
    total += text.count('w1')
    upper = text[:20000].upper().replace('W', 'x')
    total += upper.find('x9999') + len(upper.strip())
s = ''
for i in range(20000):
    s += chr(97 + i % 26)
    if len(s) > 1000:
        total += s.count('abc')
        s = ''
print(total)
