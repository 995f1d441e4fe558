srcs = [
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    nonlocal y\n',
    'nonlocal z\n',
    'def f(a):\n    global a\n',
    'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
    'def f():\n    def g():\n        nonlocal q\n    return g\n',
    'class C:\n    nonlocal w\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n',
    'def f():\n    global v\n    v = 1\n',
    'return 5\n',
    'def f():\n    yield = 3\n',
    'break\n',
    'continue\n',
    'def f():\n    for i in x:\n        pass\n    else:\n        break\n',
    'x = yield 1\n',
    'def f(a, a):\n    pass\n',
    'f(x=1, x=2)\n',
    'def f(a=1, b):\n    pass\n',
    'f(**k, *a)\n',
    'a, *b, *c = x\n',
    '*a = x\n',
    'del f()\n',
    'x + 1 = 2\n',
    'await x\n',
    'lambda: (yield)\n',
]
for s in srcs:
    try:
        compile(s, '<t>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__)
