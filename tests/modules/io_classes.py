# The abstract io classes: isinstance() and issubclass() of the streams.
import io
s = io.StringIO()
print(isinstance(s, io.IOBase), isinstance(s, io.TextIOBase), isinstance(s, io.BufferedIOBase))
b = io.BytesIO()
print(isinstance(b, io.IOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.TextIOBase))
with open(__file__) as f:
    print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.RawIOBase))
with open(__file__, 'rb') as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
with open(__file__, 'rb', buffering=0) as f:
    print(isinstance(f, io.RawIOBase), isinstance(f, io.IOBase))
print(io.IOBase, io.TextIOBase.__name__, issubclass(io.StringIO, io.IOBase))
class S(io.StringIO): pass
print(isinstance(S(), io.TextIOBase))
