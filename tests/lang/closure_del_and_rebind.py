def f():
    x = 1
    def get():
        return x
    r1 = get()
    x = 2
    r2 = get()
    del x
    try:
        get()
    except NameError as e:
        r3 = type(e).__name__
    x = 3
    return r1, r2, r3, get()
print(f())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def closures_share():
    fs = []
    for name in ['a', 'b']:
        def show(prefix='>'):
            return prefix + name
        fs.append(show)
    return [f() for f in fs]
print(closures_share())
def loop_cells():
    out = []
    i = 0
    while i < 3:
        out.append(lambda: i)
        i += 1
    return [f() for f in out]
print(loop_cells())
def class_in_func():
    val = 'closure'
    class K:
        attr = val
        def m(self):
            return val
    val = 'changed'
    return K.attr, K().m()
print(class_in_func())
