# A lone surrogate cannot be written to the console: stdout raises UnicodeEncodeError (and
# writes nothing of that call), stderr writes it as \udXXX (backslashreplace). Strings keep
# surrogates everywhere else.
import io
import sys

s = chr(0xDEAD)
for text in [s, "x" + s, "ok", "\ud800\udc00", "é" + chr(0xDFFF) + "z"]:
    try:
        print(text)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)
try:
    sys.stdout.write("before " + s + "\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    print("a", s, "b")
except UnicodeEncodeError as e:
    print()
    print("UnicodeEncodeError", e.start)
print(repr(s), ascii(s), len(s), s.encode("utf-8", "surrogateescape" if False else "replace"))
buf = io.StringIO()
print(s, file=buf)
print(len(buf.getvalue()), repr(buf.getvalue()))
sys.stdout.flush()
sys.stderr.write("err " + s + " end\n")
print("x" + chr(0xD800) + "y", file=sys.stderr)
sys.stderr.flush()
print("done", sys.stdout.write("\U0001F600\n"))
