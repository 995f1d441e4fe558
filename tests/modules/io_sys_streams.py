# The attributes of sys.stdin, sys.stdout and sys.stderr.
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.closed, s.readable(), s.writable())
print(repr(sys.stdout), repr(sys.stderr))
