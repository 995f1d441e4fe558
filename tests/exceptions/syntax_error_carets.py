# SyntaxError's end_lineno and end_offset, and the carets printed under the error's range
import sys

sources = [
    "import a if b", "for x in range(3) print(x)", "x += 1 += 2", "else: pass",
    "x = 1 +", "if x:\npass", "a = \"abc",
    "def f():\n  x = 1\n  global x", "def g():\n  def f(x):\n    nonlocal x",
    "class A:\n  nonlocal y", "def f():\n  def g():\n    if 1:\n      nonlocal zz\n  return g",
    "def f():\n  print(x)\n  global x", "def f(a, b, a): pass", "lambda x, x: 1",
]
# CPython quotes the line of an error found after parsing (global, nonlocal) only when it can
# read the file, so each case is compiled from a file of its own.
path = "_syntax_error_carets.tmp"
for src in sources:
    with open(path, "w") as f:
        f.write(src + "\n")
    try:
        compile(src + "\n", path, "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        sys.stdout.flush()
        sys.excepthook(type(e), e.with_traceback(None), None)
        sys.stderr.flush()

import os
os.remove(path)

# Raised by hand: the rules for the carets.
for details in [("f", 1, 3, "abcdefgh\n", 1, 6), ("f", 1, 3, "abcdefgh\n", 2, 6),
                ("f", 1, 3, "abcdefgh\n", 1, 0), ("f", 1, 3, "abcdefgh\n", 1, -1),
                ("f", 1, 0, "abcdefgh\n", 1, 3), ("f", 1, 3, "  abcdefgh\n", 1, 6),
                ("f", 1, 1, "  abcdefgh\n", 1, 6), ("f", 1, 3, "abc\n", 1, 9),
                ("f", 1, 3, "abcdefgh\n")]:
    for cls in (SyntaxError, IndentationError):
        e = cls("m", details)
        print(cls.__name__, details[2:], e.end_lineno, e.end_offset)
        sys.stdout.flush()
        sys.excepthook(cls, e.with_traceback(None), None)
        sys.stderr.flush()
