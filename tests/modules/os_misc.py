# os: constants, the environment, urandom, getpid, system, fspath.
import os
import sys

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.extsep, os.pathsep, os.altsep, os.error is OSError)
os.environ['KL_TEST_VAR'] = 'value1'
print(os.getenv('KL_TEST_VAR'), os.environ.get('KL_TEST_VAR'), os.environ['KL_TEST_VAR'])
print(os.getenv('KL_NOPE_VAR'), os.getenv('KL_NOPE_VAR', 'dflt'), 'KL_NOPE_VAR' in os.environ)
print(os.system('test "$KL_TEST_VAR" = value1'))
del os.environ['KL_TEST_VAR']
print('KL_TEST_VAR' in os.environ, os.system('test -z "$KL_TEST_VAR"'))
os.environ.setdefault('KL_TEST_VAR2', 'v2')
print(os.environ.pop('KL_TEST_VAR2'), os.system('test -z "$KL_TEST_VAR2"'))
try:
    os.environ['KL_X'] = 1
except TypeError as e:
    print('TypeError', e)
print(os.system('exit 3'))
print(len(os.urandom(16)), type(os.urandom(4)).__name__, os.urandom(0))
print(type(os.getpid()).__name__, os.getpid() > 0)


class P:
    def __fspath__(self):
        return 'some/path'


print(os.fspath('a'), os.fspath(b'b'), os.fspath(P()))
try:
    os.fspath(1)
except TypeError as e:
    print('TypeError', e)
print(os.path.join(P(), 'x'))
import os.path
from os import path
print(path is os.path, sys.modules['os.path'] is os.path, os.path.__name__)
print(type(os.strerror(2)).__name__)
import pathlib
print(isinstance(pathlib.Path('x'), os.PathLike), os.fsencode('aé'), os.fsdecode(b'a\xc3\xa9'))
print(type(os.getcwdb()).__name__, os.getcwdb() == os.getcwd().encode())
