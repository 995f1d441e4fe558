try:
    undefined_variable_q
except NameError as e:
    print(type(e).__name__, e.name, e)
class C:
    pass
c = C()
try:
    c.nope
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    (5).nope
except AttributeError as e:
    print(e.name, e.obj)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from sys import no_such_name_q
except ImportError as e:
    print(type(e).__name__, e.name)
se = SyntaxError('msg', ('file.py', 3, 5, 'bad line', 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text)
try:
    compile('x = (', 'src.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
ke = KeyError('k')
print(ke.args, hasattr(ke, 'key'))
e = StopIteration('v')
print(e.value)
ex = SystemExit('message')
print(ex.code)
# Made by hand, these have None for the fields that a failed lookup fills in; a subclass too.
class MyAttributeError(AttributeError):
    pass
for e in (AttributeError(), AttributeError('x'), NameError(), MyAttributeError('m')):
    print(type(e).__name__, e.name, hasattr(e, 'obj') and e.obj, hasattr(e, 'name'))
e = AttributeError()
e.name = 'n'
print(e.name, e.obj)
print(hasattr(NameError(), 'obj'))
