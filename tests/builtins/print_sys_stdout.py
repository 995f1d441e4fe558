# print() with no file= writes to whatever sys.stdout is at the time of the call.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


cap = Capture()
saved = sys.stdout
sys.stdout = cap
print('hello', 42)
print('a', 'b', sep='-', end='!\n', flush=True)
print('explicit file', file=saved)
sys.stdout = saved
print(cap.parts)
print(sys.stdout is sys.__stdout__)

# A stream without write() makes print() fail as in CPython.
sys.stdout = None
print('to None is dropped')
sys.stdout = saved


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print('x')
except AttributeError:
    sys.stdout = saved
    print('AttributeError')
sys.stdout = saved
print('done')
