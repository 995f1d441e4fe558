# linecache reads a source file's lines once and keeps them until the file changes.
import linecache
import os

name = "linecache_tmp_%d.txt" % os.getpid()
with open(name, "w") as f:
    f.write("# first line\nimport os\n\nx = 1\n" + "pass\n" * 10)
try:
    print(repr(linecache.getline(name, 1)))
    print(repr(linecache.getline(name, 2)), repr(linecache.getline(name, 0)), repr(linecache.getline(name, 10**6)))
    lines = linecache.getlines(name)
    print(len(lines), lines[-1].endswith("\n"), name in linecache.cache)
    print(repr(linecache.getline("<string>", 1)), linecache.getlines("no/such/file.py"))
    linecache.clearcache()
    print(name in linecache.cache)
    with open(name, "w") as f:
        f.write("one\r\ntwo\rthree\n\nlast without newline")
    print(linecache.getlines(name))
    with open(name, "w") as f:
        f.write("changed\n")
    print(repr(linecache.getline(name, 1)))
    linecache.checkcache(name)
    print(repr(linecache.getline(name, 1)))
    linecache.checkcache()
    print(name in linecache.cache)
finally:
    os.remove(name)
linecache.checkcache()
print(name in linecache.cache, repr(linecache.getline(name, 1)))
