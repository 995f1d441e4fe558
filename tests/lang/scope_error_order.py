# Which error a source reports when it has several: the name errors of the whole source (global,
# nonlocal, import *) before the compiler's own (break outside a loop, return outside a function,
# a default except not last), whatever statements the names sit in.
srcs = [
    "break\nnonlocal x\n",
    "def f():\n    return 1\n    from m import *\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    nonlocal q\n",
    "for x in (yield):\n    await y\n",
    "def f():\n    try:\n        x = 1\n    except E:\n        global x\n",
    "def f():\n    try:\n        pass\n    except E:\n        pass\n    else:\n        x = 1\n    finally:\n        global x\n",
    "def f():\n    return\n    x += 1\n    global x\n",
    "def f():\n    del x\n    global x\n",
    "def f():\n    for x in y:\n        break\n    nonlocal x\n",
    "class C:\n    return 1\n    nonlocal z\n",
    "while x:\n    continue\nelse:\n    break\nnonlocal y\n",
    "with a as b, c as d:\n    nonlocal b\n",
    "if a:\n    pass\nelif b:\n    return\nelse:\n    nonlocal c\n",
    "def f():\n    with a as (b, c):\n        break\n    nonlocal c\n",
    "def f():\n    while 1:\n        try:\n            return\n        finally:\n            x = 1\n    global x\n",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
