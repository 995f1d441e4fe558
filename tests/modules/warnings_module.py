# The warnings module: warn() and its location, the default filters, actions, registries,
# catch_warnings(record=True), and replacing showwarning/formatwarning.
import sys
import warnings


def f():
    warnings.warn("careful", stacklevel=2)


f()
f()
for i in range(2):
    warnings.warn("loop")
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("instance"))
warnings.warn("deep", stacklevel=10)
sys.stderr.flush()
print([f[0] for f in warnings.filters], warnings.defaultaction)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("one")
    warnings.warn("two", UserWarning)
    warnings.warn("three", SyntaxWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print(log[0].filename.endswith("warnings_module.py"), log[0].lineno, log[0].line, type(log[0].message).__name__)
print(str(log[0]).startswith("{message : UserWarning('one'), category : 'UserWarning'"))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("quiet", RuntimeWarning)
    try:
        warnings.warn("loud", UserWarning)
    except UserWarning as e:
        print("raised", e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once!")
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("mod!")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("SKIP ME too")
    warnings.warn("keep me")
    warnings.filterwarnings("error", category=UserWarning, module="nomatch")
    warnings.warn("not an error")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True, action="always", category=FutureWarning) as log:
    warnings.warn("fw", FutureWarning)
    warnings.warn("fw", FutureWarning)
print(len(log))

shown = []


def mine(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))


old = warnings.showwarning
warnings.showwarning = mine
warnings.warn("to mine")
warnings.showwarning = old
print(shown)
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  x = 1  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "<none>", 3)))
warnings.formatwarning = lambda m, c, f, l, line=None: "custom: %s\n" % m
warnings.warn("formatted")
sys.stderr.flush()
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "str"), lambda: warnings.simplefilter("bogus")]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry={})
reg = {}
warnings.warn_explicit("reg", UserWarning, "other.py", 1, registry=reg)
warnings.warn_explicit("reg", UserWarning, "other.py", 1, registry=reg)
print(sorted(k if isinstance(k, str) else k[0] for k in reg))
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", DeprecationWarning)
