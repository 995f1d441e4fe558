# The attributes exception classes read from their arguments, with too few, the usual and odd
# arguments, in subclasses, and after an assignment to the instance.
def show(e, names):
    out = []
    for n in names:
        try:
            out.append(repr(getattr(e, n)))
        except AttributeError:
            out.append(n + '?')
    print(type(e).__name__, e.args, ' '.join(out))

syn = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset']
for args in [(), ('m',), ('m', ('f', 1, 2, 't')), ('m', ('f', 1, 2, 't', 1, 4))]:
    show(SyntaxError(*args), syn)
show(IndentationError('m', ('f', 3, 1, 'x')), syn)
uni = ['encoding', 'object', 'start', 'end', 'reason']
show(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), uni)
show(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'bad'), uni)
try:
    b'a\xffb'.decode('utf-8')
except UnicodeDecodeError as e:
    show(e, uni)
os_ = ['errno', 'strerror', 'filename', 'filename2']
for args in [(), (2,), (2, 'x'), (2, 'x', 'f'), (2, 'x', 'f', None, 'g')]:
    show(OSError(*args), os_)
show(StopIteration(), ['value'])
show(StopIteration(1, 2), ['value'])
show(ImportError('x'), ['name', 'path'])
show(SystemExit(), ['code'])
show(SystemExit(1, 2), ['code'])

class E(OSError):
    pass

e = E(5, 'five')
show(e, os_)
e.errno = 7
e.filename = 'g'
show(e, os_)
s = SyntaxError('m', ('f', 1, 2, 't'))
s.lineno = 9
show(s, syn)
# str() of an OSError: the file names follow only when the first is set and not None.
for args in [(2, 'x'), (2, 'x', 'f'), (2, 'x', None, None, 'g'), (2, 'x', 'f', None, 'g'),
             (2, 'x', 'f', None, None), (1, 2, 3, 4, 5, 6), ('a', 'b', 'c')]:
    print(str(OSError(*args)))
e = OSError(2, 'x')
e.filename2 = 'h'
print(str(e))
e.filename = 'f'
print(str(e))
