# building big strings in several ways
parts = []
for i in range(1000):
    parts.append(str(i))
s = ''.join(parts)
print(len(s), s[:20], s[-20:])
t = ''
for i in range(500):
    t += chr(ord('a') + i % 26)
print(len(t), t[:30], t[-5:])
u = '-' * 10000
print(len(u), u.count('-'))
lines = '\n'.join(['line ' + str(i) for i in range(100)])
print(len(lines), len(lines.split('\n')), lines.split('\n')[57])
w = ' '.join(['w' + str(i) for i in range(2000)])
print(len(w.split()), w.split()[1999])
print(s.find('999'), s.count('1'))
