# printing strings with escapes, and their reprs inside containers
s = 'a\tb'
print(s)
print([s])
print('quote \' and "')
print(["quote ' and \""])
print('bell\x07'.replace('\x07', '<BEL>'))
print(len('\\'), '\\')
print(['\\'])
print({'\n': '\t'})
print(('\x00',))
print('ends with backslash\\')
