# Changing a dict while iterating over it. What matches CPython: a change of size raises
# RuntimeError at the next step (and at every later one), assigning to existing keys is fine, and
# iterating over a copy sees the old items. Deleting and adding keys while the size stays the same
# is listed in docs/differences.md: the items seen then depend on the hash table's layout.

d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)

for change in ("add", "delete", "clear"):
    d = {"a": 1, "b": 2, "c": 3}
    it = iter(d)
    print(next(it))
    if change == "add":
        d["z"] = 0
    elif change == "delete":
        del d["c"]
    else:
        d.clear()
    for _ in range(2):
        try:
            print(next(it))
        except RuntimeError as e:
            print("RuntimeError", e)
        except StopIteration:
            print("StopIteration")

for view in ("keys", "values", "items"):
    d = {i: i for i in range(12)}
    try:
        for x in getattr(d, view)():
            d[100] = 0
    except RuntimeError as e:
        print(view, "RuntimeError", e)

d = {"a": 1, "b": 2}
for k, v in list(d.items()):
    d.pop(k)
    d[k + "x"] = v
print(d)
