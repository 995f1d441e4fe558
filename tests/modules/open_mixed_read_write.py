# Deliberate difference (docs/differences.md): a write that follows a partial read without a seek.
name = '_mixed_rw_tmp.txt'
with open(name, 'w+') as f:
    f.write('abcdef')
    f.seek(0)
    print(f.read(2))
    f.write('XY')
    f.seek(0)
    print(f.read())
import os
os.remove(name)
