# getopt: short and long options, values glued or separate, '--', long prefixes, the GNU
# mode's mixed order, and every error.
import getopt
import os

print(getopt.getopt("-a -b -cfoo -d bar a1 a2".split(), "abc:d:"))
print(getopt.getopt(["-abcvalue", "x"], "abc:"))
print(getopt.getopt(["--condition=foo", "--testing", "--output-file", "abc.def", "-x", "a1"],
                    "x", ["condition=", "output-file=", "testing"]))
print(getopt.getopt(["--cond=1", "--test", "rest"], "", ["condition=", "testing"]))
print(getopt.getopt(["-a", "--", "-b"], "ab"))
print(getopt.getopt(["-", "-a"], "a"))
print(getopt.getopt(["a1", "-a"], "a"))
print(getopt.getopt(["--opt"], "", "opt"), getopt.getopt(["--opt="], "", ["opt="]))
print(getopt.gnu_getopt(["a1", "-a", "a2", "--long", "v", "--", "-b"], "ab", ["long="]))
print(getopt.gnu_getopt(["a1", "-a"], "+a"), getopt.gnu_getopt(["-", "-a"], "a"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["a1", "-a"], "a"))
del os.environ["POSIXLY_CORRECT"]
for args, short, long in [(["-z"], "a", []), (["-a"], "a:", []), (["--nope"], "", ["yes"]),
                          (["--yes=1"], "", ["yes"]), (["--val"], "", ["val="]),
                          (["--t"], "", ["tea", "toast"]), (["-:"], "a:", [])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
