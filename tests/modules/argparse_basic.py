# argparse: help and usage formatting, parsing, errors (SystemExit caught), groups, subparsers.
import os

os.environ["COLUMNS"] = "80"  # help is formatted for the terminal width
import io
import sys
import argparse


def attempt(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            result = parser.parse_args(args)
        except SystemExit as e:
            result = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = so, se
    print(args, "->", result)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


p = argparse.ArgumentParser(prog="calc", description="Sum or multiply some integers.",
                            epilog="Numbers must be integers.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed %(default)s of %(choices)s")
p.add_argument("-o", "--output", metavar="FILE")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a flag")
print(p.format_help())
print(p.format_usage())
for args in (["1", "2", "3"], ["--sum", "1", "2"], ["-vvv", "4"], ["-v", "-v", "5", "--mode", "slow"],
             [], ["x"], ["1", "--mode", "medium"], ["1", "--bogus"], ["1", "-o"], ["1", "-ofile"],
             ["1", "--output=f.txt"], ["1", "--out", "g"], ["1", "--no-flag"], ["--flag", "2"],
             ["-h"], ["1", "--", "-5"], ["-5"], ["1", "--m", "slow"], ["1", "-vo", "x"]):
    attempt(p, args)

q = argparse.ArgumentParser(prog="tool")
q.add_argument("src")
q.add_argument("dst", nargs="?", default="out")
q.add_argument("rest", nargs="*")
q.add_argument("-x", type=float, default="2.5")
q.add_argument("-a", "--append", action="append", type=int)
q.add_argument("-e", action="extend", nargs="+")
q.add_argument("-c", action="append_const", const="C", dest="consts")
q.add_argument("--two", nargs=2, metavar=("A", "B"))
q.add_argument("--opt", nargs="?", const="CONST", default="DEF")
q.add_argument("--req", required=False, type=lambda s: int(s, 16))
q.add_argument("--version", action="version", version="%(prog)s 1.2")
print(q.format_help())
for args in (["a"], ["a", "b", "c", "d"], ["a", "-x", "1e3"], ["a", "-x", "nan?"], ["a", "-a", "1", "-a", "2"],
             ["a", "-e", "x", "y", "-e", "z"], ["a", "-c", "-c"], ["a", "--two", "1"], ["a", "--two", "1", "2"],
             ["a", "--opt"], ["a", "--opt", "v"], ["a", "--req", "ff"], ["a", "--req", "zz"], ["--version"],
             ["a", "b", "--opt", "c", "d"], ["-x", "3", "a", "b"], ["a", "-a", "x"]):
    attempt(q, args)

r = argparse.ArgumentParser(prog="mx")
g = r.add_mutually_exclusive_group()
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", action="store_false")
h = r.add_mutually_exclusive_group(required=True)
h.add_argument("--one", type=int)
h.add_argument("--two", type=int)
grp = r.add_argument_group("extras", "Extra options for the tool.")
grp.add_argument("--extra", help="something extra " * 8)
print(r.format_help())
for args in ([], ["--one", "1"], ["--one", "1", "--two", "2"], ["--foo", "--bar", "--two", "3"], ["--foo", "--one", "1"]):
    attempt(r, args)

s = argparse.ArgumentParser(prog="git")
s.add_argument("--git-dir")
sub = s.add_subparsers(dest="command", help="sub-command help")
c1 = sub.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c1.add_argument("--amend", action="store_true")
c2 = sub.add_parser("push", aliases=["p"], help="update remote")
c2.add_argument("remote", nargs="?", default="origin")
c2.set_defaults(func="push!")
print(s.format_help())
print(c1.format_help())
for args in (["commit", "-m", "msg"], ["commit"], ["push"], ["p", "up"], ["--git-dir", "d", "push", "x"],
             ["nope"], ["commit", "-m", "m", "extra"], ["push", "-h"]):
    attempt(s, args)

t = argparse.ArgumentParser(prog="long-program-name-for-wrapping-usage-lines", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
for i in range(12):
    t.add_argument("--option-number-%d" % i, default=i, help="help for option %d, which is long enough to wrap around the line" % i)
t.add_argument("positional_one")
t.add_argument("positional_two", nargs="*", default=[])
print(t.format_help())
u = argparse.ArgumentParser(prog="pp", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented two\n\nthree", add_help=False)
u.add_argument("-q", action="store_true", help=argparse.SUPPRESS)
u.add_argument("n", type=int, choices=range(3))
print(u.format_help())
attempt(u, ["5"])
attempt(u, ["1"])
v = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter)
v.add_argument("--x", help="keep\n  these\nlines")
print(v.format_help())
w = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
w.add_argument("--n", type=int)
w.add_argument("s", type=str)
print(w.format_help())
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(**{"not valid": 1, "ok": 2}))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
print(repr(p.parse_args(["7"])))
a = q.add_argument("--zz", type=int, help="zz")
print(a)
print(p)
try:
    q.add_argument("--zz")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
for bad in (dict(action="store", nargs=0), dict(const=1), dict(action="nope"), dict(type="int"), dict(nargs="%"), dict(metavar=("a", "b"))):
    try:
        q.add_argument("--bad", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    q.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
pk = argparse.ArgumentParser(prog="pk")
pk.add_argument("--a")
print(pk.parse_known_args(["--a", "1", "--b", "2", "x"]))
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own")
print(child.parse_args([]), child.format_usage())
res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-f", "--foo", help="old")
res.add_argument("--foo", help="new")
print(res.format_help())
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("n", nargs="?")
attempt(neg, ["-1"])
attempt(neg, ["-2"])
nn = argparse.ArgumentParser(prog="nn")
nn.add_argument("n", type=int)
nn.add_argument("-x")
attempt(nn, ["-3"])
attempt(nn, ["-x", "-3", "4"])
noab = argparse.ArgumentParser(prog="noab", allow_abbrev=False)
noab.add_argument("--verbose", action="store_true")
attempt(noab, ["--verb"])
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--alpha")
amb.add_argument("--alps")
attempt(amb, ["--al", "1"])
noexit = argparse.ArgumentParser(prog="ne", exit_on_error=False)
noexit.add_argument("--n", type=int)
try:
    noexit.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
print(argparse.FileType("w"), argparse.FileType("rb", 0, "utf-8", "strict"))
ft = argparse.ArgumentParser(prog="ft")
ft.add_argument("f", type=argparse.FileType("r"))
attempt(ft, ["/nonexistent/file"])
rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("cmd")
rem.add_argument("args", nargs=argparse.REMAINDER)
attempt(rem, ["run", "-x", "--y", "z"])
print(rem.format_usage())
sd = argparse.ArgumentParser(prog="sd")
sd.add_argument("--n", type=int, default=3)
sd.set_defaults(n=9, other="o")
print(sd.parse_args([]), sd.get_default("n"), sd.get_default("other"), sd.get_default("nothing"))
