# startswith and endswith
s = 'kinglet.py'
print(s.startswith('king'), s.startswith('let'))
print(s.endswith('.py'), s.endswith('.c'))
print(s.startswith(''), s.endswith(''))
print(s.startswith('let', 4))
print(s.startswith('kinglet.py.'))
print(''.startswith(''), ''.startswith('a'))
print('abc'.endswith('abc'), 'abc'.endswith('xabc'))
for name in ['a.py', 'b.txt', 'c.py', 'py']:
    if name.endswith('.py'):
        print(name)
