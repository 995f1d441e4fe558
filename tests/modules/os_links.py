# os: symbolic and hard links, readlink, realpath, utime.
import os
fn = '_os_links_tmp.txt'
with open(fn, 'w') as f:
    f.write('x')
os.symlink(fn, fn + '.sym')
os.link(fn, fn + '.hard')
print(os.readlink(fn + '.sym'), os.path.islink(fn + '.sym'), os.path.islink(fn + '.hard'))
print(os.stat(fn).st_nlink, os.lstat(fn + '.sym').st_size == len(fn))
print(os.path.realpath(fn + '.sym') == os.path.realpath(fn), os.path.basename(os.path.realpath(fn + '.sym')))
os.utime(fn, (1000000000, 1500000000))
st = os.stat(fn)
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime(fn, ns=(5, 7000000000))
print(os.stat(fn).st_mtime_ns)
try:
    os.symlink(fn, fn + '.sym')
except FileExistsError as e:
    print(e)
for p in (fn, fn + '.sym', fn + '.hard'):
    os.remove(p)
