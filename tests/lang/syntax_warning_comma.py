# SyntaxWarnings for calling or subscripting what a literal or display cannot support, likely a
# missed comma (`[1, 2][3, 4]`), before the TypeError each raises at run time.
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: (1, 2)(3))
attempt(lambda: [1, 2](3))
attempt(lambda: "abc"(1))
attempt(lambda: 5())
attempt(lambda: None())
attempt(lambda: {1: 2}())
attempt(lambda: {1}())
attempt(lambda: (x for x in "")())
attempt(lambda: f"a{1}"())
attempt(lambda: [1, 2][3, 4])
attempt(lambda: [1, 2]["a"])
attempt(lambda: "abc"["x"])
attempt(lambda: (1, 2)[1.5])
attempt(lambda: (1, 2)[None])
attempt(lambda: 5[0])
attempt(lambda: None[0])
attempt(lambda: {1, 2}[0])
attempt(lambda: (lambda: 0)[0])
attempt(lambda: 1.5[-1])
attempt(lambda: [1][-1.5])
attempt(lambda: [1][-1])
attempt(lambda: "ab"[0:1])
attempt(lambda: {"a": 1}["a"])
attempt(lambda: [x for x in "ab"]["a"])
attempt(lambda: f"ab"[(1, 2)])
print([1, 2][1], (1, 2)[0], "ab"[1])
x = [1, 2]
x[1, 2] if False else None
