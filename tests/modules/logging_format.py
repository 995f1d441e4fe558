# logging's records and formatters: LogRecord attributes, getMessage(), makeLogRecord(), the
# three format styles and their validation, times (on a fixed record, in UTC), exceptions and
# stacks, defaults, BufferingFormatter.
import logging
import sys
import time

# A record made by hand.
r = logging.LogRecord("a.b", logging.INFO, "/x/y/mod.py", 7, "hello %s %s", ("a", 1), None,
                      "fn")
print(r, repr(r))
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.msg, r.args, r.exc_info, r.exc_text, r.stack_info, r.getMessage())
print(r.threadName, r.processName, type(r.process).__name__, type(r.created).__name__,
      type(r.msecs).__name__, type(r.relativeCreated).__name__)
print(sorted(k for k in vars(r) if k not in ("thread",)))
r = logging.LogRecord("n", 5, None, 0, "%(x)s-%(y)s", ({"x": 1, "y": 2},), None)
print(r.args, r.getMessage(), r.levelname, repr(r.filename), r.module, r.funcName)
r = logging.LogRecord("n", 20, "p", 0, "%s", ({},), None)
print(r.args, r.getMessage())
r = logging.LogRecord("n", 20, "p", 0, "%s %s", ({"a": 1}, 2), None)
print(r.getMessage())
r = logging.LogRecord("n", 20, "p", 0, 12, (), None)
print(repr(r.getMessage()))
for msg, args in (("%d", ("x",)), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", ({"j": 1},))):
    r = logging.LogRecord("n", 20, "p", 0, msg, args, None)
    try:
        r.getMessage()
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)

# makeLogRecord: an empty record's defaults, overridden by the dict.
r = logging.makeLogRecord({})
print(r.name, r.levelno, r.levelname, repr(r.pathname), repr(r.filename), repr(r.module),
      r.lineno, r.funcName, r.args, repr(r.msg))
fixed = {"name": "app.db", "msg": "query %s took %dms", "args": ("SELECT", 12),
         "levelno": 30, "levelname": "WARNING", "created": 1700000000.25, "msecs": 250.0,
         "pathname": "/srv/app/db.py", "filename": "db.py", "module": "db", "lineno": 42,
         "funcName": "run", "relativeCreated": 1234.5}
r = logging.makeLogRecord(fixed)
print(r.getMessage(), r.created)

# Formatters of each style.
def show(*args, **kwargs):
    f = logging.Formatter(*args, **kwargs)
    f.converter = time.gmtime
    rec = logging.makeLogRecord(fixed)
    print(repr(f.format(rec)), f.usesTime())

show()
show("%(levelname)-8s|%(name)s|%(lineno)04d|%(message)s")
show("%(asctime)s %(message)s")
show("%(asctime)s %(message)s", "%d/%m/%Y %H-%M-%S")
show("%(asctime)s %(msecs)03d %(relativeCreated).1f %(filename)s %(module)s %(funcName)s")
show("{levelname:>9}:{name}:{message!r}", style="{")
show("{asctime} {msecs:.0f} {lineno:d}", style="{")
show("${levelname}:$name:${message}", style="$")
show("$asctime $$ $message", style="$")
show("%(message)s %(custom)s", defaults={"custom": "dflt"})
show("{message} {custom}", style="{", defaults={"custom": "dflt"})
show("%(pathname)s:%(lineno)d", validate=False)
show("no fields", validate=False)
f = logging.Formatter()
print(f._fmt, f.datefmt, f.default_time_format, f.default_msec_format, f._style._fmt)
print(logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)
f.converter = time.gmtime
rec = logging.makeLogRecord(fixed)
print(f.formatTime(rec), f.formatTime(rec, "%H:%M"))
f.default_msec_format = None
print(f.formatTime(rec))
f.default_time_format = "%Y"
f.default_msec_format = "%s.%03d"
print(f.formatTime(rec))
print(f.formatStack("stack text"))
f.format(rec)
print(rec.message, hasattr(rec, "asctime"), f.formatMessage(rec))

# Bad styles and formats.
bad = [
    ("%", "no fields"), ("%", "%(message)"), ("%", "%s"), ("%", "%(message)y"),
    ("{", "no fields"), ("{", "{"), ("{", "}"), ("{", "{message"), ("{", "{message!x}"),
    ("{", "{message!r"), ("{", "{message!}"), ("{", "{message!rx}"), ("{", "{mes sage}"),
    ("{", "{message:zz}"), ("{", "{a{b}"), ("{", "{message:{x}"), ("{", "{}"), ("{", "{0}"),
    ("{", "{message.x[1]}"), ("{", "{message:>{w}}"), ("{", "{message[}"),
    ("$", "no fields"), ("$", "$"), ("$", "$message $"), ("$", "$$"), ("$", "${message"),
    ("$", "$1"), ("$", "$message $$"), ("?", "%(message)s"), ("", "%(message)s"),
]
for style, fmt in bad:
    try:
        f = logging.Formatter(fmt, style=style)
        print(repr(style), repr(fmt), "ok", repr(f._fmt))
    except ValueError as e:
        print(repr(style), repr(fmt), "ValueError", e)

# Formats that pass validation but fail on a record.
for style, fmt in (("%", "%(nosuch)s"), ("{", "{nosuch}"), ("$", "$nosuch"),
                   ("%", "%(lineno)s %(message)d")):
    f = logging.Formatter(fmt, style=style)
    try:
        f.format(logging.makeLogRecord(fixed))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)

# Exceptions and stacks.
def fail():
    raise KeyError("key")

try:
    fail()
except KeyError:
    ei = sys.exc_info()
f = logging.Formatter("%(levelname)s %(message)s")
text = f.formatException(ei)
print(text.endswith("\n"), text.splitlines()[0], text.splitlines()[-1])
rec = logging.makeLogRecord(dict(fixed, exc_info=ei))
out = f.format(rec)
print(out.splitlines()[0], out.splitlines()[-1], rec.exc_text == text)
rec.exc_info = None
print(f.format(rec) == out)
rec = logging.makeLogRecord(dict(fixed, msg="line\n", args=(), exc_text="EXC", stack_info="STACK"))
print(repr(f.format(rec)))
rec = logging.makeLogRecord(dict(fixed, stack_info="STACK"))
print(repr(f.format(rec)))
print(repr(f.formatException((None, None, None))))


# BufferingFormatter.
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d:" % len(records)

    def formatFooter(self, records):
        return "]"


recs = [logging.makeLogRecord({"msg": "m%d" % i}) for i in range(3)]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(logging.BufferingFormatter().format([])))
print(repr(Framed(logging.Formatter("<%(message)s>")).format(recs)))
print(repr(Framed().format([])))
