# Builtin functions and methods that take any number of positional arguments keep taking them
# past 255, and those with a limit still report going over it.
s = set().union(*[[i] for i in range(300)])
print(len(s), min(s), max(s))
t = {0}
t.update(*[(i, -i) for i in range(400)])
print(len(t))
print(set(range(10)).intersection(*[range(i, 10) for i in range(260)]))
print(set(range(300)).difference(*[[i] for i in range(299)]))
print(max(*range(500)), min(*range(3, 700)))
try:
    "abc".find("a", 0, 3, 4)
except TypeError:
    print("find: TypeError")
try:
    "abc".startswith(*["a"] * 256)
except TypeError:
    print("startswith: TypeError")
try:
    divmod(*range(256))
except TypeError:
    print("divmod: TypeError")
