# indexing strings with positive and negative indices
s = 'python'
print(s[0], s[1], s[5])
print(s[-1], s[-2], s[-6])
for i in range(len(s)):
    print(i, s[i], s[-1 - i])
try:
    print(s[6])
except IndexError:
    print('IndexError')
try:
    print(s[-7])
except IndexError:
    print('IndexError')
print(type(s[0]).__name__, len(s[0]))
try:
    s[0] = 'P'
except TypeError:
    print('TypeError')
