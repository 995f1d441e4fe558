# os: directories and files (mkdir, makedirs, listdir, stat, rename, remove, walk, scandir).
import os

d = '_os_files_tmp_dir'
print(os.path.exists(d))
os.mkdir(d)
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
os.makedirs(os.path.join(d, 'a', 'b'))
os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(d, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(os.path.join(d, 'f.txt'), 'w') as f:
    f.write('12345')
with open(os.path.join(d, 'a', 'g.txt'), 'w') as f:
    f.write('x')
print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())))
st = os.stat(os.path.join(d, 'f.txt'))
print(st.st_size, st[6], type(st).__name__, isinstance(st, tuple), len(st))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mode & 0o170000 == 0o100000)
print(os.stat(d).st_mode & 0o170000 == 0o040000)
print(os.path.getsize(os.path.join(d, 'f.txt')), os.path.isfile(os.path.join(d, 'f.txt')))
print(os.path.isdir(d), os.path.isfile(d), os.path.exists('_nope_'), os.path.islink(d))
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(d, topdown=False):
    print(root, sorted(dirs), sorted(files))
with os.scandir(d) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_file(), e.stat().st_size > 0 or e.is_dir())
os.rename(os.path.join(d, 'f.txt'), os.path.join(d, 'h.txt'))
print(sorted(os.listdir(d)))
try:
    os.rename(os.path.join(d, 'zz'), os.path.join(d, 'yy'))
except FileNotFoundError as e:
    print(e, e.filename, e.filename2)
os.replace(os.path.join(d, 'h.txt'), os.path.join(d, 'a', 'g.txt'))
with open(os.path.join(d, 'a', 'g.txt')) as f:
    print(f.read())
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)
for fn in (os.remove, os.unlink, os.rmdir, os.stat, os.listdir, os.chdir):
    try:
        fn('_nope_')
    except FileNotFoundError as e:
        print(fn.__name__, e)
try:
    os.remove(d)
except OSError as e:
    print(type(e).__name__, e.errno)
os.unlink(os.path.join(d, 'a', 'g.txt'))
os.rmdir(os.path.join(d, 'a', 'b'))
os.rmdir(os.path.join(d, 'a'))
os.rmdir(d)
print(os.path.exists(d))
cwd = os.getcwd()
os.chdir('..')
print(os.getcwd() == os.path.dirname(cwd))
os.chdir(cwd)
print(os.getcwd() == cwd, os.path.isabs(cwd))
print(os.access('.', os.F_OK), os.access('_nope_', os.F_OK))
