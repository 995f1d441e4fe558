# ImportError and ModuleNotFoundError carry name (and path): set by the import system, and by
# keywords when a program raises one itself.
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.path, e)
try:
    import sys.nothing_here_q
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from sys import no_such_name_q
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
e = ImportError('custom', name='mod', path='/x/mod.py')
print(e, e.args, e.name, e.path)
e = ModuleNotFoundError(name='m')
print(repr(e), e.name, e.path)
try:
    ImportError('x', bogus=1)
except TypeError as err:
    print(err)
print(ImportError().name, ImportError('a', 'b').args)
