print(eval('1 + 1'), eval('"a" * 3'), eval('[1, 2][1]'), eval('x', {'x': 'g'}), eval('x', {'x': 'g'}, {'x': 'l'}))
ns = {'v': 10}
exec('v += 1\nw = v * 2', ns)
print(ns['v'], ns['w'])
print(eval('lambda n: n + 1')(1), eval('(1, 2)'), eval('{"a": 1}'))
for src in ['1 +', 'import', 'x = 1', 'def']:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(src))
try:
    eval('nope')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval('1', [])
except TypeError as e:
    print(type(e).__name__, e)
print(eval(' 3 '), eval('\t4'), eval('5\n'))
g = {'__builtins__': {'len': len}}
print(eval('len("ab")', g))
try:
    eval('abs(-1)', g)
except NameError as e:
    print(type(e).__name__)
loc = {}
exec('def f(): return 7', {}, loc)
print(loc['f']())
print(eval('__name__', {'__name__': 'custom'}))
exec('import sys as _s\nres = _s is not None', ns)
print(ns['res'])
print(eval(b'2 + 2'))
