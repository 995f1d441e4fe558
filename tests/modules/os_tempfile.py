# tempfile, shutil and stat over the os module.
import os
import shutil
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.isabs(d), os.listdir(d))
    p = os.path.join(d, 'f.txt')
    with open(p, 'w') as f:
        f.write('data\n')
    st = os.stat(p)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode))
    os.chmod(p, 0o640)
    print(stat.filemode(os.stat(p).st_mode), oct(stat.S_IMODE(os.stat(p).st_mode)))
    q = shutil.copy(p, os.path.join(d, 'g.txt'))
    print(os.path.basename(q), open(q).read(), end='')
    os.makedirs(os.path.join(d, 'sub', 'deeper'))
    shutil.copyfile(p, os.path.join(d, 'sub', 'deeper', 'h.txt'))
    shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'copy'))
    print(sorted(os.listdir(os.path.join(d, 'copy', 'deeper'))))
    shutil.move(os.path.join(d, 'g.txt'), os.path.join(d, 'sub'))
    print(sorted(os.listdir(os.path.join(d, 'sub'))))
    shutil.rmtree(os.path.join(d, 'sub'))
    print(sorted(os.listdir(d)))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.tmp', delete=True) as t:
        t.write('temp text')
        t.seek(0)
        print(t.read(), t.name.endswith('.tmp'), os.path.exists(t.name))
        name = t.name
    print(os.path.exists(name))
    fd, path = tempfile.mkstemp(prefix='pre', dir=d)
    with os.fdopen(fd, 'w') as f:
        f.write('via fd')
    print(os.path.basename(path).startswith('pre'), open(path).read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub))
    with tempfile.TemporaryFile() as t:
        t.write(b'bytes')
        t.seek(0)
        print(t.read())
print(os.path.exists(d))
print(os.path.isdir(tempfile.gettempdir()))
print(shutil.which('sh') is not None, shutil.which('no-such-program-xyz'))
