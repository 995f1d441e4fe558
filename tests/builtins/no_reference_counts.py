# Deliberate difference (docs/differences.md): a tracing collector has no reference counts, so
# sys.getsizeof and sys.getrefcount do not exist.
import sys
for name in ('getsizeof', 'getrefcount'):
    print(name, hasattr(sys, name))
try:
    sys.getrefcount(1)
except AttributeError as e:
    print('AttributeError', e)
