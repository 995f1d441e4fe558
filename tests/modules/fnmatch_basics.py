# fnmatch: shell-style wildcards.
import fnmatch

pats = ['*', '*.py', 'a?c', '[abc]*', '[!a]*', '[a-c]x', '*[0-9]', 'a*b*c', '[', '[]]', '[!]]',
        'x[', '**', '?', '', 'a[-]b', '[a-]', '*.*']
names = ['abc', 'a.py', 'xyz.py', 'ax', 'bx', 'dx', 'a1', 'abbbc', '[', ']', 'x[', '', 'a-b', '-',
         'a', '.hidden', 'ab.c.d']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.py'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
