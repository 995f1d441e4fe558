# A property of a builtin type copied into a class, or called through __get__, checks that the
# object it is given is one of the type's instances (it used to read it as one).
import io
import sys

T = type(sys.stdout)


class A:
    buf = T.buffer
    closed = T.closed
    name = T.name
    encoding = T.encoding
    errors = T.errors


for attr in ("buf", "closed", "name", "encoding", "errors"):
    try:
        getattr(A(), attr)
        print(attr, "no error")
    except TypeError:
        print(attr, "TypeError")

for attr in ("buffer", "closed", "name", "encoding", "errors"):
    try:
        getattr(T, attr).__get__(42, int)
        print(attr, "no error")
    except TypeError:
        print(attr, "TypeError")

# The real streams still answer.
print(sys.stdout.closed, sys.stdout.mode, sys.stdin.mode, sys.stderr.errors)


# The same for the io types' and struct's properties, which checked before.
class B:
    closed = io.StringIO.closed


try:
    B().closed
except TypeError:
    print("StringIO.closed TypeError")
