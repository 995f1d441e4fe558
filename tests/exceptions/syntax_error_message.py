# The line under a SyntaxError's location in a traceback: str() of its msg argument (not the
# exception's own __str__), and the type alone when that is empty
import sys


class Custom(SyntaxError):
    def __str__(self):
        return "custom"


errors = [
    SyntaxError("", ("f", 1, None, None)),
    SyntaxError(5, ("f", 2, None, None)),
    IndentationError("", ("f", 3, 1, "x\n")),
    SyntaxError("m", ("f", 4, 2, "abc\n", 4, 3)),
    Custom("m", ("f", 5, None, None)),
    Custom(""),
    SyntaxError(""),
    SyntaxError("plain"),
]
for e in errors:
    print(type(e).__name__, repr(str(e)))
    sys.stdout.flush()
    sys.excepthook(type(e), e, None)
    sys.stderr.flush()
