# A builtin module's __dict__ is a const dict in flash (packed entries, vm/map.c): every way of
# reading one gives what a dict in RAM would.
import gc
import math

d = math.__dict__
print(d["pi"], d.get("e"), "sqrt" in d, "nope" in d, d.get("nope", 5))
print(d["".join(["s", "qrt"])] is math.sqrt)
ks = list(d)
print(len(ks) == len(d), "sqrt" in ks, len(set(ks)) == len(ks))
print(list(reversed(d)) == ks[::-1])
print([v is d[k] for k, v in d.items()].count(False))
print(list(d.values())[ks.index("floor")] is math.floor)
print(dict(d) == d, d == dict(d), d == gc.__dict__, d == math.__dict__)
print(sorted(k for k, v in d.items() if v is math.sqrt))
print(("pi", math.pi) in d.items(), ("pi", 3) in d.items())
print(sorted(dir(math)) == sorted(ks))


# A key whose __eq__ reads other const dicts while the lookup compares it.
class K:
    def __hash__(self):
        return hash("pi")

    def __eq__(self, o):
        list(gc.__dict__.items())
        gc.__dict__.get("collect")
        return o == "pi"


print(d.get(K()) == math.pi)
