code = '''
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
result = fact(10)
class Dyn:
    def hello(self):
        return 'hello from exec'
'''
ns = {}
exec(code, ns)
print(ns['result'], ns['Dyn']().hello(), ns['fact'](5))
template = 'def {name}(x):\n    return x {op} {val}\n'
funcs = {}
for name, op, val in [('add5', '+', 5), ('mul3', '*', 3), ('pow2', '**', 2)]:
    exec(template.format(name=name, op=op, val=val), funcs)
print(funcs['add5'](1), funcs['mul3'](4), funcs['pow2'](9))
exprs = ['1 + 2', '"ab" * 2', '[x for x in range(3)]', 'len("four")', '(lambda: 7)()']
print([eval(e) for e in exprs])
env = {'a': 2, 'b': 3}
print(eval('a ** b + a * b', env))
exec('c = a + b', env)
print(env['c'])
src = 'for i in range(3):\n    out.append(i * i)\n'
out = []
exec(src)
print(out)
try:
    exec('def broken(:\n    pass')
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec('x = undefined_name + 1', {})
except NameError as e:
    print(type(e).__name__, e)
print(eval(repr([1, 'two', (3.0, None)])))
