# a for loop left early (break, return, an exception) closes the generator it made, as CPython does
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in gen("break"):
    print(x)
    break
print("after break")

def f():
    for x in gen("return"):
        return x
print(f())

for i in range(2):
    for x in gen("nested %d" % i):
        if x == 1:
            continue
        break
print("after nested")

g = gen("named")
for x in g:
    break
print("named kept:", next(g))
g.close()

h = gen("via iter")
for x in iter(h):
    break
print("iter kept:", next(h))
h.close()

def wrapper(keep):
    g = gen("wrapped")
    keep.append(g)
    return g
kept = []
for x in wrapper(kept):
    break
print("wrapper kept:", next(kept[0]))
kept[0].close()

for x in gen("exhausted"):
    pass
print("done")

def ctx():
    class C:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with C():
        yield "in with"
for x in ctx():
    print(x)
    break
print("after with")

try:
    for x in gen("raise"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)

def f():
    for x in gen("nested"):
        for y in gen("inner"):
            raise KeyError("k")
try:
    f()
except KeyError:
    print("caught KeyError")

def g():
    for x in gen("try in loop"):
        try:
            raise IndexError
        except IndexError:
            print("handled inside")
        return "returned"
print(g())

for x in gen("break after try"):
    try:
        pass
    finally:
        print("finally in body")
    break

def h():
    for x in gen("return in with"):
        class C:
            def __enter__(self): return self
            def __exit__(self, *a): print("exit"); return False
        with C():
            return "from with"
print(h())
for x in gen("else"):
    pass
else:
    print("else ran")
