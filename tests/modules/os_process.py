# os: the process's ids, uname, umask, times, load, descriptors (dup, lseek, truncate,
# inheritable and blocking flags), renames, exec paths and execv.
import os
import tempfile
print(os.getppid() > 0, os.getuid() == os.geteuid(), os.getgid() == os.getegid(), os.getpgrp() > 0)
u = os.uname(); print(type(u).__name__, u.sysname, u.sysname == u[0], len(u), repr(u).startswith('posix.uname_result(sysname='))
old = os.umask(0o22); print(os.umask(old) == 0o22)
t = os.times(); print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0, t.system == t[1])
print(len(os.getloadavg()), all(x >= 0 for x in os.getloadavg()))
fd, path = tempfile.mkstemp()
os.write(fd, b'hello world')
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 5))
os.ftruncate(fd, 3); os.fsync(fd); os.fdatasync(fd)
os.lseek(fd, 0, 0); print(os.read(fd, 100))
fd2 = os.dup(fd); print(fd2 != fd, os.get_inheritable(fd2))
os.set_inheritable(fd2, True); print(os.get_inheritable(fd2))
print(os.dup2(fd, fd2) == fd2, os.get_inheritable(fd2), os.get_blocking(fd))
os.set_blocking(fd, False); print(os.get_blocking(fd)); os.set_blocking(fd, True)
os.close(fd2); os.close(fd)
os.truncate(path, 1); print(open(path, 'rb').read())
d = tempfile.mkdtemp(); os.renames(path, os.path.join(d, 'a', 'b.txt')); print(os.listdir(os.path.join(d, 'a')))
print(os.get_exec_path({'PATH': '/x:/y'}), os.get_exec_path({}) == os.defpath.split(os.pathsep))
try: os.lseek(9999, 0, 0)
except OSError as e: print('OSError', e.errno)
try: os.execv('/bin/true', [])
except ValueError as e: print('ValueError', e)
import subprocess
r = subprocess.run(['sh', '-c', 'exit 0'])
print(r.returncode)
import sys
print(subprocess.run([sys.executable, "-c", "import os; os.execv('/bin/echo', ['echo', 'from', 'execv'])"],
                     capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", "import os; os.execvp('echo', ['echo', 'from', 'execvp'])"],
                     capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", "import os; os.execl('/bin/echo', 'echo', 'x')"],
                     capture_output=True).stdout)
print(repr(os.times()).split("(")[0])
