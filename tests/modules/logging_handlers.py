# logging's handlers: Handler, StreamHandler, FileHandler (modes, delay, encoding, close),
# NullHandler, names, basicConfig() with its options and errors, shutdown(), and warnings
# captured through the "py.warnings" logger.
import io
import logging
import os
import sys
import warnings

NAME = "logging_handlers_test.log"
NAME2 = "logging_handlers_test2.log"


def contents(name):
    with open(name, encoding="utf-8") as f:
        return f.read()


def rec(msg, level=logging.WARNING, name="t"):
    return logging.makeLogRecord({"msg": msg, "levelno": level,
                                  "levelname": logging.getLevelName(level), "name": name})


# The base class.
h = logging.Handler()
print(h, h.level, h.formatter, h.name, h.filters, logging.Handler(logging.INFO),
      logging.Handler("ERROR"))
try:
    h.handle(rec("x"))
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    logging.Handler("BAD")
except ValueError as e:
    print("ValueError", e)
print(h.format(rec("default formatter %s")))
h.setLevel("CRITICAL")
print(h, h.level)
h.name = "mine"
print(h.get_name(), h.name, logging._handlers.get("mine") is h)
h.set_name("other")
print("mine" in logging._handlers, logging._handlers.get("other") is h)
h.close()
print("other" in logging._handlers, h.name)


class Collect(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))


c = Collect()
c.addFilter(lambda r: r.msg != "skip")
print(c.handle(rec("keep")), c.handle(rec("skip")), c.seen)
c.setFormatter(logging.Formatter("%(levelname)s/%(message)s"))
c.handle(rec("formatted", logging.ERROR))
print(c.seen)

# StreamHandler.
s = io.StringIO()
sh = logging.StreamHandler(s)
print(sh, sh.terminator == "\n", sh.stream is s)
sh.handle(rec("one"))
sh.terminator = "|"
sh.handle(rec("two"))
print(repr(s.getvalue()))
s2 = io.StringIO()
print(sh.setStream(s2) is s, sh.setStream(s2))
sh.handle(rec("three"))
print(repr(s2.getvalue()), repr(s.getvalue()))
print(logging.StreamHandler(), logging.StreamHandler(sys.stdout))


class Named:
    name = 7

    def write(self, text):
        sys.stdout.write("Named.write %r\n" % text)


nh = logging.StreamHandler(Named())
print(nh)
nh.handle(rec("no flush method"))
saved = sys.stderr
sys.stderr = io.StringIO()
made_now = logging.StreamHandler()
sys.stderr = saved
made_now.handle(rec("goes to the stream of creation time"))
print(repr(made_now.stream.getvalue()))

# NullHandler.
n = logging.NullHandler()
print(n, n.handle(rec("x")), n.emit(rec("x")), n.lock)

# FileHandler.
fh = logging.FileHandler(NAME, mode="w", encoding="utf-8")
print(fh.baseFilename == os.path.abspath(NAME), fh.mode, fh.encoding, fh.delay, fh.errors,
      repr(fh).endswith(NAME + " (NOTSET)>"))
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
fh.handle(rec("first"))
fh.handle(rec("caf\u00e9 \u2713", logging.ERROR))
fh.close()
print(fh.stream, repr(contents(NAME)))
fh.close()
fh.handle(rec("a closed 'w' handler stays closed"))
print(repr(contents(NAME)))
fa = logging.FileHandler(NAME, encoding="utf-8")
print(fa.mode)
fa.handle(rec("appended"))
fa.close()
fa.handle(rec("a closed 'a' handler opens again"))
fa.close()
print(repr(contents(NAME)))
fd = logging.FileHandler(NAME2, mode="w", delay=True, encoding="utf-8")
print(fd.stream, os.path.exists(NAME2))
fd.close()
print(os.path.exists(NAME2))
fd = logging.FileHandler(NAME2, mode="w", delay=True, encoding="utf-8")
fd.handle(rec("delayed"))
print(fd.stream is not None, repr(contents(NAME2)))
fd.close()
fl = logging.FileHandler(NAME2, encoding="latin-1", errors="replace")
fl.handle(rec("caf\u00e9 \u2713"))
fl.close()
with open(NAME2, "rb") as f:
    print(f.read())
try:
    logging.FileHandler(os.path.join("no_such_dir_for_logging", "x.log"))
except OSError as e:
    print(type(e).__name__, e.errno)

# basicConfig.
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, format="{levelname}|{message}", style="{",
                    level="INFO")
logging.info("configured")
print(logging.root.handlers, logging.root.level)
logging.basicConfig(stream=sys.stdout, format="ignored %(message)s", level=logging.DEBUG,
                    bogus=1)
logging.debug("second basicConfig does nothing")
print(logging.root.level)
logging.basicConfig(stream=sys.stdout, format="forced %(message)s", force=True)
logging.info("level kept: %s", logging.root.level)
for kwargs in ({"stream": sys.stdout, "filename": NAME}, {"handlers": [], "stream": sys.stdout},
               {"handlers": [], "filename": NAME}, {"style": "%%"}, {"format": "bad"},
               {"frobnicate": 1, "zap": 2}, {"format": "{message}", "style": "$"}):
    try:
        logging.basicConfig(force=True, **kwargs)
        print("ok", logging.root.handlers)
    except ValueError as e:
        print("ValueError", e)
logging.basicConfig(force=True, filename=NAME, filemode="w", format="%(name)s:%(message)s",
                    encoding="utf-8")
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].mode,
      logging.root.handlers[0].errors, logging.root.handlers[0].encoding)
logging.getLogger("file").warning("into the file \u2713")
logging.basicConfig(force=True, filename=NAME2, filemode="w", encoding="ascii")
print(logging.root.handlers[0].errors)
logging.warning("escaped \u2713")
print(repr(contents(NAME)), repr(contents(NAME2)))
keep = logging.StreamHandler(sys.stdout)
keep.setFormatter(logging.Formatter("kept %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(force=True, handlers=[keep, plain], format="new %(message)s",
                    datefmt="%H")
logging.warning("two handlers")
print(plain.formatter.datefmt, keep.formatter.datefmt, logging.root.handlers == [keep, plain])

# Warnings through logging.
logging.basicConfig(force=True, stream=sys.stdout, format="%(name)s %(levelname)s %(message)r")
logging.captureWarnings(True)
logging.captureWarnings(True)
warnings.warn("captured", UserWarning)
print(logging.getLogger("py.warnings").handlers)
sys.stdout.flush()
f = io.StringIO()
warnings.showwarning("to a file", UserWarning, "f.py", 3, f)
print(repr(f.getvalue()))
logging.captureWarnings(False)
logging.captureWarnings(False)
warnings.warn("not captured", UserWarning)
sys.stderr.flush()

logging.shutdown()
print(logging.root.handlers[0].stream is sys.stdout)
os.remove(NAME)
os.remove(NAME2)
print("done")
