c = compile('a + b', '<expr>', 'eval')
print(type(c).__name__, eval(c, {'a': 1, 'b': 2}), c.co_filename, c.co_name)
c2 = compile('x = 5\ny = x * 2\n', 'file.py', 'exec')
ns = {}
exec(c2, ns)
print(ns['x'], ns['y'], c2.co_filename)
c3 = compile('1 + 1', '<single>', 'single')
print(exec(c3, {}))
c4 = compile('def f():\n    return 42\n', '<def>', 'exec')
ns = {}
exec(c4, ns)
print(ns['f']())
for src, mode in [('x = ', 'exec'), ('1 +', 'eval'), ('x = 1', 'eval'), ('def', 'exec'), ('if True:\nprint(1)', 'exec'), ('  1', 'exec')]:
    try:
        compile(src, '<bad>', mode)
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.filename, e.lineno)
try:
    compile('1', '<m>', 'wrong')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(5, '<m>', 'eval')
except TypeError as e:
    print(type(e).__name__)
print(eval(compile('[i*i for i in range(4)]', '', 'eval')))
c5 = compile(b'2 ** 5', '<bytes>', 'eval')
print(eval(c5))
print(compile('pass', 'f', 'exec').co_filename, compile('3', 'named.py', mode='eval').co_filename)
