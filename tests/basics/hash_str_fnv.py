# Deliberate difference (docs/differences.md): str and bytes hash with 32-bit FNV-1a, the same on
# every run and every port, where CPython randomises SipHash per run.
print(hash(''), hash('a'), hash('abc'), hash('héllo'))
print(hash(b'abc') == hash('abc'), hash('abc') == hash('ab' + 'c'), hash(b'') == hash(''))
d = {'abc': 1, b'abc': 2}
print(d['abc'], d[b'abc'], len(d))
