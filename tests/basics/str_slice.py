# slicing strings
s = 'abcdefghij'
print(s[2:5])
print(s[:3])
print(s[7:])
print(s[:])
print(s[-3:])
print(s[:-3])
print(s[-5:-2])
print(s[::2])
print(s[1::2])
print(s[::-1])
print(s[8:2:-1])
print(s[8:2:-2])
print(s[-1:-4:-1])
print(repr(s[5:2]))
print(repr(s[20:]))
print(s[-100:100])
print(s[3:3] == '')
print(s[::3])
print(s[::-3])
try:
    s[::0]
except ValueError:
    print('ValueError')
