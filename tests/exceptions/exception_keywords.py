# Exception constructors take no keywords, but ImportError's name and path, which become
# attributes; the instances of a class statement's class check them in BaseException.__init__,
# unless the class's own __init__ takes them.
class E(Exception): pass
class I(ImportError): pass
class J(ImportError):
    def __init__(self, *a, **k):
        self.k = k
class K(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
calls = [
    lambda: E(x=1), lambda: E(1, x=1), lambda: ValueError(x=1), lambda: OSError(1, 'x', foo=1),
    lambda: I('m', name='x').name, lambda: (I('m', path='p').path, I('m', path='p').args),
    lambda: I('m', foo=1), lambda: ImportError('m', foo=1), lambda: I(name='n').args,
    lambda: (ImportError('m', name='a', path='b').name, ImportError('m').path),
    lambda: ModuleNotFoundError('m', foo=1), lambda: ModuleNotFoundError('m', name='q').name,
    lambda: J('m', foo=1).k, lambda: K(1, z=2).k,
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
e = ImportError('m')
ImportError.__init__(e, 'n', name='x')
print(e.args, e.name)
