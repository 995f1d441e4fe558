print(eval('1 + 2 * 3'))
print(eval('x * y', {'x': 3, 'y': 4}))
print(eval('a + b', {'a': 1}, {'b': 10}))
g = {}
exec('z = 5\ndef f(n):\n    return n + z\n', g)
print(g['z'], g['f'](1))
print(sorted(k for k in g if not k.startswith('__')))
l = {}
exec('q = 1\nw = q + 1', {}, l)
print(sorted(l.items()))
print(exec('1 + 1'))
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval('undefined_thing')
except NameError as e:
    print(type(e).__name__, e)
code = compile('3 ** 3', '<s>', 'eval')
print(eval(code))
code2 = compile('for i in range(3): out.append(i)', '<s>', 'exec')
ns = {'out': []}
exec(code2, ns)
print(ns['out'])
code3 = compile('5 * 5', '<s>', 'single')
exec(code3)
print(eval('  42  '))
print(eval('[i for i in range(n)]', {'n': 4}))
print(eval('len("abc")', {}))
try:
    eval('len("abc")', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__)
def f():
    v = 7
    return eval('v + 1')
print(f())
def h():
    loc = {}
    exec('r = 2 ** 10', globals(), loc)
    return loc['r']
print(h())
try:
    compile('1 +', '<s>', 'eval')
except SyntaxError as e:
    print(type(e).__name__)
try:
    compile('x', '<s>', 'bogus')
except ValueError as e:
    print(type(e).__name__)
print(eval(compile('1', '<s>', 'eval'), {}))
print(type(code).__name__)
exec('global_from_exec = 99')
print(global_from_exec)
