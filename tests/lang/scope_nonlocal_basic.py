def f():
    x = 1
    def g():
        nonlocal x
        x = 2
        def h():
            nonlocal x
            x = 3
        h()
        return x
    r = g()
    return r, x

print(f())

def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items

add, items = acc()
print(add(3), add(4), add(-2), items)

def multi():
    a = b = 0
    def setter():
        nonlocal a, b
        a, b = 10, 20
    setter()
    return a, b

print(multi())

def loop_nonlocal():
    i = 0
    def step():
        nonlocal i
        for i in range(5):
            pass
    step()
    return i

print(loop_nonlocal())

def del_nonlocal():
    x = 5
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__

print(del_nonlocal())

def aug():
    s = 'a'
    def g():
        nonlocal s
        s *= 3
        s += 'b'
    g(); g()
    return s

print(aug())
