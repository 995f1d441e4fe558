# logging's logger tree: dotted names, placeholders, parents fixed when an ancestor comes
# later, propagation, effective levels and their cache, filters, the logger class, adapters,
# and where a record says it was logged from (funcName, lineno, stacklevel, stack_info).
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(funcName)s:%(lineno)d %(message)s"))
logging.root.addHandler(out)


def parents(*names):
    for n in names:
        lg = logging.getLogger(n)
        print(n, "->", lg.parent.name)


# A child made before its ancestors hangs off the root, then moves under each one made.
c = logging.getLogger("a.b.c")
parents("a.b.c")
print(sorted(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict["a.b"]).__name__,
      list(logging.root.manager.loggerDict["a"].loggerMap) == [c])
logging.getLogger("a")
parents("a.b.c", "a")
logging.getLogger("a.b")
parents("a.b.c", "a.b", "a")
logging.getLogger("a.b.c.d.e")
parents("a.b.c.d.e")
logging.getLogger("a.b.c.d")
parents("a.b.c.d.e", "a.b.c.d")
logging.getLogger("a.x.y")
logging.getLogger("a.x.z")
logging.getLogger("a.x")
parents("a.x.y", "a.x.z", "a.x")
print(logging.getLogger("a.b") is logging.getLogger("a").getChild("b"),
      logging.root.getChild("q") is logging.getLogger("q"),
      logging.getLogger("a").getChild("m.n") is logging.getLogger("a.m.n"))
parents("a.m.n", ".lead", "trail.", "dou..ble", "..")
print(sorted(logging.root.manager.loggerDict))

# Levels: the first one set going up; the cache is cleared by setLevel() only.
a, ab, abc = logging.getLogger("a"), logging.getLogger("a.b"), logging.getLogger("a.b.c")
print(a.getEffectiveLevel(), ab.getEffectiveLevel(), abc.getEffectiveLevel())
a.setLevel(logging.DEBUG)
print(a.getEffectiveLevel(), ab.getEffectiveLevel(), abc.getEffectiveLevel(), abc)
ab.setLevel("ERROR")
print(abc.getEffectiveLevel(), abc.isEnabledFor(30), abc.isEnabledFor(40), ab)
ab.level = logging.NOTSET  # no setLevel(): the cached answers stay
print(abc.isEnabledFor(30), abc.isEnabledFor(10), abc.getEffectiveLevel())
ab.setLevel(logging.NOTSET)
print(abc.isEnabledFor(30))
for bad in ("NOPE", 1.0, [10]):
    try:
        ab.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
abc.info("info from a.b.c")
abc.debug("debug from a.b.c")

# Propagation and handlers.
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("  [b] %(name)s %(message)s"))
ab.addHandler(h)
ab.addHandler(h)
print(ab.handlers, abc.hasHandlers())
abc.warning("to b and root")
ab.propagate = False
abc.warning("to b only")
h.setLevel(logging.ERROR)
abc.warning("below b's handler level: nowhere")
print(abc.hasHandlers(), logging.getLogger("a.x").hasHandlers())
ab.removeHandler(h)
ab.removeHandler(h)
print(abc.hasHandlers())
abc.error("no handler below the stop: last resort")
sys.stderr.flush()
ab.propagate = True

# disabled loggers.
abc.disabled = True
abc.error("disabled")
print(abc.isEnabledFor(50))
abc.disabled = False

# Filters: a name prefix, a callable, an object with filter().
f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x.a.b", ""):
    print(repr(name), f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "z"})), logging.Filter("").nlen)
a.addFilter(lambda r: "secret" not in r.getMessage())
a.warning("public")
a.warning("secret")
abc.warning("filters of a do not apply to a.b.c's records: secret")


class OnlyOdd:
    def filter(self, record):
        return record.lineno % 2


f2 = OnlyOdd()
a.filters = []
a.addFilter(f2)
a.addFilter(f2)
print(len(a.filters))
a.warning("one")
a.warning("two")
a.removeFilter(f2)
a.removeFilter(f2)
out.addFilter(lambda r: r.levelno >= logging.ERROR)
a.warning("handler filter drops this")
a.error("handler filter keeps this")
print(out.filter(logging.makeLogRecord({"levelno": 10})))
out.filters = []


# Where the record comes from.
def inner(level):
    a.warning("stacklevel %d", level, stacklevel=level)


def outer(level):
    inner(level)


for level in (1, 2, 3, 50, -1):
    if level < 1:
        a.warning("stacklevel %d from %s", level, "<module>")
    else:
        outer(level)
print(a.findCaller()[1:3], a.findCaller(stacklevel=2)[2])
adapter = logging.LoggerAdapter(a, {"user": "bob"})
adapter.warning("from adapter")
logging.warning("from the module function")
a.log(logging.WARNING, "from log")


def with_stack():
    a.warning("with stack", stack_info=True)


with_stack()

# extra: new attributes only.
fmt = logging.Formatter("%(message)s user=%(user)s")
out.setFormatter(fmt)
a.warning("extra", extra={"user": "alice"})
for key in ("message", "asctime", "name", "msg", "lineno"):
    try:
        a.warning("clobber", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
adapter.warning("adapter extra")
adapter.info("adapter extra %s", "args", extra={"user": "ignored"})
print(adapter, adapter.name, adapter.manager is logging.root.manager,
      adapter.getEffectiveLevel(), adapter.isEnabledFor(10), adapter.hasHandlers())
adapter.setLevel("ERROR")
print(a, adapter.isEnabledFor(30))
adapter.warning("dropped")
adapter.error("error %s", 1)
adapter.critical("critical")
adapter.log(45, "log")
adapter.debug("dropped")


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["user"] = self.extra["user"]
        return "[%s] %s" % (self.extra["user"], msg), kwargs


Prefixed(a, {"user": "carol"}).error("prefixed %d", 7)
print(logging.LoggerAdapter[int], logging.StreamHandler[str])


# The logger class.
class MyLogger(logging.Logger):
    def hello(self):
        self.error("hello from %s", type(self).__name__)


out.setFormatter(logging.Formatter("%(name)s %(message)s"))
logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__)
m = logging.getLogger("mine")
m.hello()
print(type(logging.getLogger("a")).__name__, type(logging.getLogger("a.m")).__name__)
logging.setLoggerClass(logging.Logger)
for bad in (int, dict):
    try:
        logging.setLoggerClass(bad)
    except TypeError as e:
        print("TypeError", e)
logging.root.manager.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine2")).__name__)
logging.root.manager.loggerClass = None
print(type(logging.getLogger("mine3")).__name__)


# A record factory.
def factory(*args, **kwargs):
    rec = logging.LogRecord(*args, **kwargs)
    rec.msg = "factory: " + str(rec.msg)
    return rec


old = logging.getLogRecordFactory()
logging.setLogRecordFactory(factory)
a.error("made by a factory")
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)
import copy
print(copy.copy(a) is a, copy.deepcopy(logging.root) is logging.root)

# Odds and ends of the adapter and the logger.
out.setFormatter(logging.Formatter("%(name)s %(funcName)s %(lineno)d %(message)s"))
b = logging.LoggerAdapter(logging.getLogger("ad"), None)
b.warn("adapter warn")
b._log(30, "via _log %s", ("x",))
saved_manager = b.manager
b.manager = "M"
print(b.logger.manager)
b.manager = saved_manager
print(b.extra, b.process("m", {}))
try:
    b.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
print(logging.root.getChild("x.y").name, logging.getLogger("x").getChild("").name)
x = logging.getLogger("x")
print(x.fatal == x.critical, logging.fatal is logging.critical)
x.fatal("fatal")
b.exception("adapter exception outside an except block")
print(logging.Logger("solo"), logging.Logger("solo").parent, logging.Logger("solo", "INFO").level)
logging.Logger("solo").error("a logger outside the tree: last resort")
sys.stderr.flush()
