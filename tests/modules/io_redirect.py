# print() to a StringIO, and sys.stdout replaced by one (as contextlib.redirect_stdout does).
import io
import sys

buf = io.StringIO()
print('a', 1, 2.5, file=buf)
print('x', 'y', sep='-', end='!', file=buf)
print(repr(buf.getvalue()))

old = sys.stdout
sys.stdout = cap = io.StringIO()
print('captured', 42)
print('more', end='')
sys.stdout = old
print(repr(cap.getvalue()))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


w = Writer()
sys.stdout = w
print('to', 'writer')
sys.stdout = sys.__stdout__
print(w.parts)
sys.stdout = None
print('dropped')
sys.stdout = old
print('back')
print('err', file=sys.stderr)
