# pathlib: PurePath string operations and Path file-system methods.
from pathlib import Path, PurePath, PurePosixPath, PosixPath
p = Path('a//b/./c.tar.gz')
print(p, repr(p), type(p).__name__, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parts)
print(list(p.parents), p.is_absolute(), Path('/x/y').parts, Path('/x/y').anchor, Path(''), Path('.'))
q = Path('/usr') / 'lib' / 'x.py'
print(q, 'base' / Path('rel'), q.with_name('y.txt'), q.with_suffix('.pyc'), q.with_stem('z'))
print(q.relative_to('/usr'), q.match('*.py'), q.match('lib/*.py'), q.match('/lib/*.py'))
print(Path('a') == Path('a/'), Path('a') < Path('b'), hash(Path('a')) == hash(Path('a/')), sorted([Path('b'), Path('a')]))
print(PurePath('x/y'), type(PurePath('x')).__name__, Path('a').joinpath('b', 'c'), str(Path('/')), Path('..') / '..')
try:
    Path('/a').relative_to('/b')
except ValueError as e:
    print('ValueError', e)
d = Path('_pathlib_tmp')
d.mkdir()
(d / 'sub' / 'deep').mkdir(parents=True)
(d / 'f.txt').write_text('hello\n')
(d / 'b.bin').write_bytes(b'\x00\x01')
(d / 'sub' / 'g.py').touch()
print((d / 'f.txt').read_text(), (d / 'b.bin').read_bytes(), (d / 'f.txt').exists(), d.is_dir(), (d / 'f.txt').is_file())
print(sorted(x.name for x in d.iterdir()))
print(sorted(str(x) for x in d.glob('*.txt')), sorted(str(x) for x in d.rglob('*.py')))
print((d / 'f.txt').stat().st_size)
with (d / 'f.txt').open() as f:
    print(f.read())
(d / 'f.txt').rename(d / 'h.txt')
print(sorted(x.name for x in d.iterdir()))
try:
    d.mkdir()
except FileExistsError as e:
    print('FileExistsError')
d.mkdir(exist_ok=True)
for x in [d / 'h.txt', d / 'b.bin', d / 'sub' / 'g.py']:
    x.unlink()
(d / 'nope').unlink(missing_ok=True)
(d / 'sub' / 'deep').rmdir()
(d / 'sub').rmdir()
d.rmdir()
print(d.exists(), Path.cwd() == Path('.').resolve(), Path('x').absolute().is_absolute())
