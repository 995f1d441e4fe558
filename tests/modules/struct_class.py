# struct: the Struct class, struct.error, and the module's names.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit

def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

S = struct.Struct
s = S('<hi')
print(s.format, s.size, type(s.format).__name__)
s = S(b'<hi')
print(s.format, s.size, type(s.format).__name__)
s = S(format='>q')
print(s.format, s.size)
t(S, 1)
t(S, bytearray(b'i'))
t(S, 'Z')
t(S, 'i', 'i')
t(S, 'ı')
t(S, 'i\0')
t(S, b'i\0')
s = S('2h')
print(s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'))
print(s.unpack_from(b'xx\x01\x00\x02\x00', 2), s.unpack_from(b'xx\x01\x00\x02\x00', offset=2))
print(s.unpack_from(buffer=b'xx\x01\x00\x02\x00', offset=2))
b = bytearray(6)
s.pack_into(b, 1, 3, 4)
print(b)
print(list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
t(s.pack, 1)
t(s.pack_into, b, 0, 1)
t(s.pack_into, b)
t(s.pack_into)
t(s.unpack, b'')
t(s.unpack_from, b'', 1)
t(s.iter_unpack, b'123')
t(setattr, s, 'format', 'i')
t(setattr, s, 'size', 3)
t(setattr, s, 'foo', 3)
print(hasattr(s, '__dict__'), hasattr(s, 'pack'))
s.__init__('<q')
print(s.format, s.size, s.pack(-2))
t(s.__init__)
t(s.__init__, 5)
print(s.format)
print(s == S('<q'), s == s, S('i') != S('i'))
print(hash(s) == hash(s))
print(S.__name__, S.__qualname__, S.__module__, S)
print(isinstance(s, S), type(s) is S)

class MyS(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.extra = 1
m = MyS('<i')
print(m.size, m.format, m.extra, m.pack(5), m.unpack(b'\x06\x00\x00\x00'), isinstance(m, S))
class Header(struct.Struct):
    def __init__(self):
        super().__init__('>HH')
h = Header()
print(h.size, h.pack(1, 2), h.unpack_from(b'\x00\x03\x00\x04'))
class Plain(struct.Struct):
    pass
p = Plain('>b')
print(p.size, p.pack(-1), type(p).__name__)

# struct.error is an Exception of module struct.
print(struct.error, struct.error.__name__, struct.error.__module__, struct.error.__qualname__)
print(struct.error.__mro__)
print(issubclass(struct.error, Exception), issubclass(struct.error, ValueError))
try:
    struct.pack('Z')
except struct.error as e:
    print(repr(e), e.args, str(e), type(e).__name__)
try:
    struct.unpack('i', b'')
except Exception as e:
    print(type(e).__name__, e)
e = struct.error('custom', 2)
print(repr(e), e.args)
class MyError(struct.error):
    pass
try:
    raise MyError('mine')
except struct.error as e:
    print(type(e).__name__, e, MyError.__mro__[1])
print(struct.__name__, sorted(n for n in dir(struct) if not n.startswith('_')))
import struct as again
print(again is struct, struct.Struct is again.Struct)
print(sorted(n for n in dir(S) if not n.startswith('_')))
m = MyS('<h')
for attr in ['format', 'size']:
    try:
        setattr(m, attr, 1)
    except AttributeError:
        print('AttributeError', attr)
print(m.format, m.size)
# Struct.__new__ alone gives a Struct whose __init__ has not run.
s = S.__new__(S)
print(s.size, repr(s.format))
class NoInit(struct.Struct):
    def __init__(self):
        pass
print(NoInit().size)
# Formats of str and bytes subclasses; format is always an exact str.
class F(str): pass
class B(bytes): pass
print(struct.calcsize(F('<i')), struct.pack(B(b'>h'), 3), struct.Struct(F('<q')).format, type(struct.Struct(F('<q')).format).__name__)
print(struct.unpack_from(F('<h'), B(b'\x01\x02\x03'), 1))
# Constructor and __init__ argument errors.
for a,k in [(('i',),{'format':'i'}), ((),{'fmt':'i'}), ((),{'format':'i','x':1}), ((), {'format': '<h'}), (('i', 'i'), {})]:
    try: print(struct.Struct(*a, **k).size)
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct('b')
for a,k in [(('<q',),{}), ((),{'format':'>h'}), ((),{'fmt':'i'}), (('i', 'i'), {})]:
    try:
        s.__init__(*a, **k)
        print(s.size)
    except Exception as e: print(type(e).__name__, e)
