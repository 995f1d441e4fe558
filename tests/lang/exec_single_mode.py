code = compile('1 + 1', '<s>', 'single')
exec(code)
exec(compile('x = 5', '<s>', 'single'))
print(x)
exec(compile('None', '<s>', 'single'))
exec(compile('"text"', '<s>', 'single'))
exec(compile('[1, 2]', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
exec(compile('if True:\n    7\n', '<s>', 'single'))
try:
    compile('1\n2\n', '<s>', 'single')
except SyntaxError as e:
    print(type(e).__name__)
e = eval(compile('3 * 3', '<e>', 'eval'))
print(e)
import sys
exec(compile('sys.version_info >= (3,)', '<s>', 'single'))
