# Parameters with annotations and defaults, import names with `as`, and list and set displays,
# with the errors of each.
def f(a: int, b: "str" = "x", *c: tuple, d: float = 1.5, e, **g: dict) -> None:
    return a, b, c, d, e, sorted(g)


print(f(1, e=2), f(1, "y", 3, 4, e=5, z=6), sorted(f.__annotations__.items()))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
from os import path as p, sep
from os import (path, sep as s,)
import os.path as op, os
print(p is path is op, sep == s, os.sep == s)
print([1, *[2, 3], 4], {1, *[2, 3], 4} == {1, 2, 3, 4}, [x for x in [1, *[2]]])


def report(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset)


for src in ["def f(a, a): pass", "def f(a=1, b): pass", "def f(*, **k): pass", "def f(*a=1): pass",
            "def f(**k=1): pass", "def f(**k, a): pass", "def f(a, /, b, /): pass",
            "def f(*a, *b): pass", "def f(a:): pass", "lambda a: 1", "lambda a: int: 1",
            "lambda *, k: k", "lambda *: 1", "def f(a, *, b): pass",
            "from os import path,", "from os import (path,)", "from os import (path", "import os.",
            "import os as", "from . import x", "from .. import (a as b, c)", "from os import *",
            "import a.b as c, d", "from x import a as b as c",
            "[a, b for b in c]", "{a, b for b in c}", "{a: 1, b for b in c}", "[*a for a in b]",
            "{*a for a in b}", "[a, *b, c]", "{1, 2,}", "[1, 2,,]"]:
    report(src)
