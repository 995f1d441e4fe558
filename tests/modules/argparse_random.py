# argparse: random parsers (positionals, options, groups) given random argument lists,
# compared with CPython: how positionals share strings, abbreviations, errors.
import os

os.environ["COLUMNS"] = "80"
import argparse
import io
import sys
seed = [2024]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
def pick(s): return s[rnd(len(s))]
NARGS = [None, "?", "*", "+", 1, 2, argparse.REMAINDER]
def build():
    p = argparse.ArgumentParser(prog="r", exit_on_error=rnd(2) == 0, allow_abbrev=rnd(3) > 0)
    for i in range(rnd(3)):
        kw = {}
        n = pick(NARGS[:6])
        if n is not None: kw["nargs"] = n
        if rnd(3) == 0: kw["type"] = int
        if rnd(4) == 0 and n in ("?", "*"): kw["default"] = "d%d" % i
        if rnd(5) == 0: kw["choices"] = ["a", "b", "1"]
        p.add_argument("p%d" % i, **kw)
    for name in ("-a", "--bee", "-c", "--cat"):
        if rnd(2): continue
        kw = {}
        act = pick(["store", "store_true", "count", "append", "store_const"])
        kw["action"] = act
        if act in ("store", "append"):
            n = pick(NARGS[:6])
            if n is not None: kw["nargs"] = n
            if n == "?": kw["const"] = "K"
            if rnd(3) == 0: kw["type"] = int
        if act == "store_const": kw["const"] = 42
        if rnd(6) == 0: kw["required"] = True
        p.add_argument(name, **kw)
    if rnd(4) == 0:
        g = p.add_mutually_exclusive_group(required=rnd(2) == 0)
        g.add_argument("--x", action="store_true")
        g.add_argument("--y", nargs="?", const=1)
    return p
toks = ["a", "b", "1", "2", "-a", "--bee", "-c", "--cat", "--", "-1", "--be", "--x", "--y", "-ab", "-a1", "--bee=3", "-z", "--c", "x y"]
for i in range(150):
    p = build()
    print(i, p.format_usage().strip())
    for j in range(6):
        args = [pick(toks) for _ in range(rnd(6))]
        out, err = io.StringIO(), io.StringIO()
        so, se = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            try:
                r = p.parse_known_args(args)
            except SystemExit as e:
                r = "exit %r" % (e.code,)
            except argparse.ArgumentError as e:
                r = "ArgumentError %s" % e
            except Exception as e:
                r = "%s %s" % (type(e).__name__, e)
        finally:
            sys.stdout, sys.stderr = so, se
        print(" ", args, r, out.getvalue(), err.getvalue())
