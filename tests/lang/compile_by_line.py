# A file is compiled a line of statements at a time (vm/compile.c, compile_file): what the
# module as a whole decides must still come out as if the whole file were read first.


def error(src):
    try:
        compile(src, "m.py", "exec")
    except SyntaxError as e:
        return type(e).__name__, e.msg, e.lineno
    return None


# A syntax error anywhere comes before a symbol error earlier in the file, and a symbol error
# before an error of the code generator.
print(error("def f():\n    nonlocal x\nx = (\n"))
print(error("def f():\n    nonlocal x\n1 +\n"))
print(error("break\nx = 1\nglobal x\n"))
print(error("return 5\ndef g(a, a): pass\n"))
print(error("continue\nclass C:\n    nonlocal y\n"))
print(error("x = 1\n"))

# __annotations__ exists from the first line when any line has an annotation.
ns = {}
exec("first = __annotations__.copy()\nx: int = 1\nif True:\n    y: str\n", ns)
print(ns["first"], ns["__annotations__"])
ns = {}
exec("x = 1\n", ns)
print("__annotations__" in ns)

# The docstring is the first statement only.
for src in ['"doc"\nx = 1\n', 'pass\n"not doc"\n', '"a"; x = 2\n', '\n\n# c\n"late doc"\n']:
    ns = {}
    exec(src, ns)
    print(repr(ns.get("__doc__")))

# A __future__ import on the first line holds for every later one.
ns = {}
exec("from __future__ import annotations\ndef f(a: undefined) -> list[int]: pass\n", ns)
print(ns["f"].__annotations__)

# Lines that use each other's names, closures across nested scopes, classes.
src = """
def outer():
    v = 1
    def inner():
        return v + 1
    return inner
class K:
    z = 3
    def m(self):
        return outer()() + self.z
r = [K().m() for _ in range(2)]
"""
ns = {}
exec(src, ns)
print(ns["r"])

# A module whose code needs wide jumps (more than 64 KiB of bytecode).
body = "".join("if a:\n    x%d = a + %d\n" % (i, i) for i in range(6000))
ns = {"a": 1}
exec("while a:\n" + "".join("    " + l + "\n" for l in body.splitlines()) + "    break\n", ns)
print(ns["x5999"])

# An emitter error, then a symbol error and a syntax error further on: the syntax error wins.
print(error("break\ndef f():\n    nonlocal q\nx = )\n"))
print(error("break\ndef f(a, a): pass\nx = 1\n"))
print(error("def f():\n    return\ncontinue\n"))
# exec of a file that fails on a later line runs none of it.
ns = {}
try:
    exec("a = 1\nprint('never')\nbreak\n", ns)
except SyntaxError as e:
    print(e.msg, e.lineno, "a" in ns)
