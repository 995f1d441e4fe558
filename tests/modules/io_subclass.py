# Classes derived from io.StringIO and io.BytesIO.
import io


class S(io.StringIO):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 1


s = S('abc\ndef')
print(s.read(2), repr(s.readline()), list(s), s.extra, repr(s.getvalue()))


class W(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


w = W()
print('hello', file=w)
print(repr(w.getvalue()), isinstance(w, io.StringIO), type(w).__name__)


class B(io.BytesIO):
    pass


b = B(b'xyz')
print(b.read(1), b.getvalue(), isinstance(b, io.BytesIO))
with B() as b:
    b.write(b'in with')
    print(b.getvalue())
print(b.closed)
