# contextlib.chdir: the folder changes inside the block and comes back, also after an
# exception, and nested or reused managers restore their own.
import contextlib
import os
import tempfile

start = os.getcwd()
a = os.path.realpath(tempfile.mkdtemp())
b = os.path.realpath(tempfile.mkdtemp())
with contextlib.chdir(a):
    print(os.getcwd() == a)
    with contextlib.chdir(b):
        print(os.getcwd() == b)
    print(os.getcwd() == a)
print(os.getcwd() == start)
try:
    with contextlib.chdir(a):
        raise ValueError("inside")
except ValueError:
    print("restored after error", os.getcwd() == start)
cm = contextlib.chdir(b)
with cm:
    with cm:
        print(os.getcwd() == b)
    print(os.getcwd() == b)
print(os.getcwd() == start, isinstance(cm, contextlib.AbstractContextManager))
try:
    with contextlib.chdir("/no/such/folder"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", os.getcwd() == start)
