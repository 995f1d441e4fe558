# A compiled pattern on the right of == or != with another type on the left: the comparison
# falls back to the pattern's side, which must not take the left operand for a pattern.
import re

p = re.compile("a")
print(None == p, p == None, 1 != p, "a" == p, p == re.compile("a"), p != re.compile("a", re.I))
print(p in [None, 1, "a"], [None, 1].count(p), (None, p).index(p), p in {None: 1, 2: 3})
print(("ignore", p) == ("ignore", None), ("x", None, 0) == ("x", p, 0))
items = [("default", None), ("ignore", p)]
items.remove(("ignore", p))
print(len(items))
m = re.match("a", "a")
print(None == m, m == None, 1 != m)
