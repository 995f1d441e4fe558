# A dict changed while a loop walks it: a change of size is a RuntimeError at the next step,
# and so is finding more keys than it had (a key deleted and another added), as in CPython;
# values may change and existing keys be set freely. (Where the dict is resized meanwhile, the
# keys a loop sees differ from CPython's, whose resizes come at other sizes: docs/differences.md.)
def run(title, d, body):
    seen = []
    try:
        for k in d:
            seen.append(k)
            body(d, k)
    except RuntimeError as e:
        print(title, seen, "RuntimeError:", e, d)
    else:
        print(title, seen, "completed", d)


run("add", {1: 2, 3: 4}, lambda d, k: d.__setitem__(k + 10, 0))
run("delete", {1: 2, 3: 4}, lambda d, k: d.__delitem__(k))
run("pop and add", {1: 2, 3: 4}, lambda d, k: (d.pop(k), d.__setitem__(k + 100, 1)))
run("re-add same key", {1: 2, 3: 4}, lambda d, k: (d.pop(k), d.__setitem__(k, 1)))
run("set values", {1: 2, 3: 4, 5: 6}, lambda d, k: d.__setitem__(k, d[k] * 10))
run("items", {1: 2, 3: 4}, lambda d, k: None)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
del d[1]
d[4] = 4
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError:", e)
for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d.pop(next(iter(d)))
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
