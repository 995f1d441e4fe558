# compile() checks each argument's type before using it: a filename or mode that is not a str
# (found by fuzz_bcfile, which read them as strings) and the keyword forms of every argument.


def show(*args, **kw):
    try:
        c = compile(*args, **kw)
        print("code", c.co_filename, eval(c) if kw.get("mode", args[2] if len(args) > 2 else "") == "eval" else "")
    except Exception as e:
        print(type(e).__name__, e)


show("1 + 1", 5, "eval")
show("1 + 1", None, "eval")
show("1 + 1", "f", 5)
show("1 + 1", "f", None)
show("1 + 1", "f", b"eval")
show("1 + 1", "f", "evaluate")
show("1 + 1", b"bytes-name", "eval")
show("1 + 1", "f", "eval", 0, False, -1)
show("1 + 1", "f", "eval", 0, False, -1, 5)
show("1 + 1", filename="kw", mode="eval")
show(source="2 * 3", filename="kw", mode="eval")
show("1 + 1", "f", "eval", mode="eval")
show("1 + 1", "f", source="x")
show("1 + 1", "f")
show("1 + 1")
show("1 + 1", "f", "eval", bogus=1)
show("1 + 1", "f", "eval", flags="x")
show("1 + 1", "f", "eval", dont_inherit=2.0)
show("1 + 1", "f", "eval", optimize=1.5)
show("1 + 1", "f", "eval", _feature_version="a")
show("1 + 1", "f", "eval", flags=0, dont_inherit=True, optimize=2)
show(5, "f", "eval")
show("1", bogus=1)
show("1 + 1", "f", "eval", bogus=1, source=2)
show("1 + 1", "f", "eval", source=2, bogus=1)
