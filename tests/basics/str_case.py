# upper and lower
print('Hello World'.upper())
print('Hello World'.lower())
print('abc123!'.upper())
print('ABC123!'.lower())
print(''.upper(), ''.lower(), 'x')
s = 'MiXeD'
print(s.upper(), s.lower(), s)
print('already'.lower() == 'already')
