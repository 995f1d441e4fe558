# The traceback module: extracting, formatting and printing tracebacks and exceptions. Every
# failing line here is a whole statement, so CPython 3.11 prints no ^^^ markers under it (kinglet
# never does: docs/differences.md).
import io
import sys
import traceback


def down(n):
    if n == 0:
        raise ValueError("deep")
    down(n - 1)


try:
    down(7)
except ValueError:
    print(traceback.format_exc())
    tb = sys.exc_info()[2]
    s = traceback.extract_tb(tb)
    print(len(s), s[0].name, s[-1].name, s[-1].line, s[-1].lineno, s[1][1:3], len(s[2]))
    print(traceback.format_exception_only(sys.exc_info()[1]))
    print(len(traceback.format_tb(tb)), len(traceback.extract_tb(tb, limit=2)))
    print([f.lineno for f in traceback.extract_tb(tb, limit=-2)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)][:3])

# Causes and contexts, printed to a file and formatted.
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("boom") from e
except RuntimeError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue())
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
try:
    try:
        down(0)
    except ValueError:
        int("x")
except ValueError as e:
    print("".join(traceback.format_exception(e)))
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    print("".join(traceback.format_exception(e)))


# format_exception_only: qualified names, notes, SyntaxError's own layout.
class MyErr(Exception):
    pass


print(traceback.format_exception_only(MyErr, MyErr("m")), traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(MyErr("x")), traceback.format_exception_only(OSError(2, "gone")))
e = ValueError("noted")
e.add_note("note 1")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
try:
    compile("x = (1,\n", "src.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))

# Stacks, lists and FrameSummary.
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
fs = traceback.FrameSummary("f.py", 3, "h", line="  y = 2  ")
print(repr(fs), fs == ("f.py", 3, "h", "y = 2"), fs.line, list(fs), fs[0], len(fs))
buf = io.StringIO()
traceback.print_list([("a.py", 1, "f", "pass")], file=buf)
print(repr(buf.getvalue()))


# A recursion: repeated frames fold.
def rec(n):
    rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(lines[-2:], len(lines))

# Exception groups in their boxes.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
try:
    raise eg
except ExceptionGroup as x:
    print("".join(traceback.format_exception(x)))
print("".join(traceback.format_exception(ExceptionGroup("w", [ValueError(i) for i in range(17)]))))

te = traceback.TracebackException.from_exception(ValueError("v"))
print(str(te), list(te.format()), te.exc_type, te.stack, list(te.format_exception_only()))
print(traceback.format_exc(), traceback.format_exception(None, None, None))
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print("ValueError", e)
buf = io.StringIO()
try:
    raise LookupError("printed")
except LookupError:
    traceback.print_exc(file=buf)
print(buf.getvalue())
