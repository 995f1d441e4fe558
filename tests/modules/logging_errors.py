# logging's error paths: exception() and exc_info in and out of an except block, records that
# cannot be formatted or written (Handler.handleError's "--- Logging error ---" report, with the
# frames inside the logging module left out, since they differ between implementations), and
# raiseExceptions.
import io
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(funcName)s:%(message)s"))
lg = logging.getLogger("err")
lg.addHandler(out)
lg.propagate = False


def normalise(text):
    # Keep the report's structure, dropping the frames in the logging module (whose file names
    # and lines are the implementation's) and CPython's ^^^ markers.
    kept = []
    skipping = False
    for line in text.splitlines():
        if line.startswith('  File "'):
            skipping = "logging" in line and "logging_errors" not in line
            if skipping:
                continue
        elif line.startswith("    ") and skipping:
            continue
        elif not line.startswith("    "):
            skipping = False
        if line.strip() and not line.strip().strip("^~"):
            continue
        kept.append(line)
    return "\n".join(kept)


def captured(fn, *args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn(*args)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(normalise(text))


def divide(a, b):
    if not b:
        raise ZeroDivisionError("division by zero")
    return a // b


# exception() and exc_info.
try:
    divide(1, 0)
except ZeroDivisionError:
    lg.exception("caught %s", "it")
    lg.error("error with exc_info", exc_info=True)
    lg.warning("warning without")
    logging.exception("module-level exception() with no handler on root")
    sys.stdout.flush()
    sys.stderr.flush()
lg.exception("exception() outside an except block")
lg.error("exc_info=True outside", exc_info=True)
try:
    raise ValueError("kept")
except ValueError as e:
    saved = e
lg.error("an exception instance", exc_info=saved)
lg.error("an exc_info tuple", exc_info=(type(saved), saved, saved.__traceback__))
lg.error("exc_info false", exc_info=0)
try:
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise KeyError("chained") from e
except KeyError:
    lg.critical("chained")
adapter = logging.LoggerAdapter(lg, {})
try:
    raise IndexError("list index out of range")
except IndexError:
    adapter.exception("from an adapter")


# A message that cannot be formatted: reported, and logging goes on.
def log_bad():
    lg.warning("%d items", "three")


captured(log_bad)
captured(lg.error, "%s %s", "one")
captured(lg.error, "%(missing)s", {"key": 1})


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        return "<BadStr>"


captured(lg.error, BadStr())
captured(lg.error, "arg %s", BadStr())
lg.error("still logging")


class BadRepr:
    def __str__(self):
        return "fine"

    def __repr__(self):
        raise RuntimeError("no repr")


captured(lg.error, BadRepr(), BadRepr())


# A stream that fails, and a formatter that fails on a field.
class Broken:
    def write(self, text):
        raise OSError("disk full")


bh = logging.StreamHandler(Broken())
lg.addHandler(bh)
captured(lg.error, "to a broken stream")
lg.removeHandler(bh)
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter("%(nosuch)s"))
lg.addHandler(fh)
captured(lg.error, "bad field")
lg.removeHandler(fh)


# A handler calling handleError itself.
class Direct(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit failed")
        except RuntimeError:
            self.handleError(record)


d = Direct()
captured(d.handle, logging.makeLogRecord({"msg": "direct %s", "args": (1,)}))

# raiseExceptions False: nothing reported.
logging.raiseExceptions = False
captured(lg.error, "%d", "silent")
logging.raiseExceptions = True

# Exceptions logging lets through.
for call in (lambda: lg.log("ERROR", "x"), lambda: lg.error("x", extra={"msg": 1}),
             lambda: lg.error("x", bogus=1), lambda: lg.error(),
             lambda: logging.getLogger(5), lambda: lg.setLevel("nope"),
             lambda: logging.Formatter("%(message)s", style="%s"),
             lambda: logging.makeLogRecord({"msg": "%s %s", "args": (1,)}).getMessage(),
             lambda: lg.isEnabledFor("x")):
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


# An error in a filter is not caught.
def bad_filter(record):
    raise RuntimeError("filter failed")


lg.addFilter(bad_filter)
try:
    lg.error("filtered")
except RuntimeError as e:
    print("RuntimeError", e)
lg.removeFilter(bad_filter)
lg.error("done")
