# exec() and eval() with globals that bring their own __builtins__ (a dict or a module): the
# code sees only those builtins, also inside functions it defines.
g = {'__builtins__': {'len': len}}
print(eval('len("abc")', g))
for src in ['abs(-1)', 'print("x")', '__import__("sys")']:
    try:
        eval(src, g)
    except NameError as e:
        print('NameError', e)
exec('def f(s):\n    return len(s) * 2\n', g)
print(g['f']('ab'))
try:
    exec('def h():\n    return min(1, 2)\nr = h()', g)
except NameError as e:
    print('NameError', e)
g2 = {'__builtins__': {}, 'x': 5}
print(eval('x + 1', g2))
try:
    eval('int("3")', g2)
except NameError as e:
    print('NameError', e)
import builtins
g3 = {'__builtins__': builtins}
print(eval('abs(-4)', g3), eval('max(1, 9)', {}), '__builtins__' in g3)
loc = {'y': 2}
print(eval('y * len("xy")', {'__builtins__': {'len': len}}, loc))
def outer():
    return abs(-7)
print(outer(), abs(-8))
