# os.path (posixpath): the string operations on paths.
import os
import os.path as p

print(p.join('a', 'b', 'c'), p.join('/a', '/b'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''))
print(p.split('/a/b/c.txt'), p.split('c'), p.split('/'), p.split('a//b'), p.split('//x'), p.split(''))
print(p.splitext('a/b.tar.gz'), p.splitext('.bashrc'), p.splitext('a.b/c'), p.splitext('x.'))
print(p.splitext('..'), p.splitext('a/..b'), p.splitext('...x'))
print(p.basename('/a/b/'), p.basename('/a/b'), p.dirname('/a/b/c'), repr(p.dirname('c')), p.dirname('/'))
print(p.normpath('/a/./b/../c//d/'), p.normpath(''), p.normpath('../a/..'), p.normpath('//a'))
print(p.normpath('///a'), p.normpath('a/../..'), p.normpath('/..'), p.normpath('./'))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.relpath('x/y', 'x'))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''))
print(p.abspath('x') == p.join(os.getcwd(), 'x'), p.abspath('.') == os.getcwd())
os.environ['HOME'] = '/home/someone'
print(p.expanduser('~/x'), p.expanduser('~'), p.expanduser('a~'), p.expanduser('~/'))
os.environ['KL_PATH_VAR'] = 'val'
print(p.expandvars('$KL_PATH_VAR/x'), p.expandvars('${KL_PATH_VAR}y'), p.expandvars('$KL_NOPE/z'))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonprefix([]))
print(p.commonpath(['/usr/lib', '/usr/local']), p.commonpath(['a/b', 'a/c/d']))
print(p.join(b'a', b'b'), p.split(b'/x/y'), p.splitext(b'f.py'), p.normpath(b'a//b/'))
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
print(p.sep, p.curdir, p.pardir, p.normcase('AbC'), p.splitdrive('/a/b'))
