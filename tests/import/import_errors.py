# failing imports raise the right exception classes
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from ipkg import no_such_name
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
try:
    import ipkg.no_such_sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _imod import nothing
except ImportError as e:
    print(type(e).__name__)
print(issubclass(ModuleNotFoundError, ImportError))
m = __import__("_imod")
print(m.VALUE)
