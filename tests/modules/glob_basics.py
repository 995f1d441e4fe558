# glob: patterns over a small directory tree made by the test.
import glob
import os
import shutil

top = '_glob_tmp_dir'
os.makedirs(os.path.join(top, 'a', 'b', 'c'))
os.makedirs(os.path.join(top, 'd'))
for f in ['a/x.py', 'a/b/y.py', 'a/b/c/z.py', 'd/w.txt', 'top.py', '.hidden.py', 'a/.h.py']:
    open(os.path.join(top, f), 'w').close()
os.chdir(top)
try:
    for pat, rec in [('*.py', False), ('a/*.py', False), ('*/*.py', False), ('**/*.py', True),
                     ('**', True), ('a/**', True), ('a/**/', True), ('*', False), ('.*', False),
                     ('a/b', False), ('nope*', False), ('*/', False), ('a/[bx]*', False),
                     ('**/*.py', False), ('d/w.txt', False), ('a/**/*.py', True), ('a/?.py', False)]:
        print(pat, rec, sorted(glob.glob(pat, recursive=rec)))
    print(sorted(glob.glob('*.py', root_dir='a')), sorted(glob.iglob('d/*')))
    print(glob.escape('a*b?[c]'), glob.has_magic('a*'), glob.has_magic('ab'))
finally:
    os.chdir('..')
    shutil.rmtree(top)
print(os.path.exists(top))
