# sys.stdout, stderr and stdin: the text-stream methods portable programs call.
import sys

out = sys.stdout
print(out.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(out.write("abc\n"), out.write("é\n"))
out.writelines(["one\n", "two\n"])
out.writelines(iter(["three", "\n"]))
print(out.flush(), sys.stderr.flush())
print(type(out.isatty()).__name__, type(sys.stdin.isatty()).__name__)
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(out.writable(), out.readable(), sys.stdin.readable(), sys.stdin.writable())
try:
    out.write(b"bytes")
except TypeError:
    print("TypeError")
try:
    out.writelines([1])
except TypeError:
    print("TypeError")
# stdin is empty under the test runner.
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
print(list(sys.stdin), iter(sys.stdin) is sys.stdin)
sys.stderr.write("to stderr\n")
