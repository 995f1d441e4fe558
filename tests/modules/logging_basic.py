# The logging module's levels, the root logger's lazy basicConfig(), the last-resort handler,
# disable() and the module-level functions.
import logging
import sys

# Levels, both ways, and names added later.
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
print(logging.getLevelNamesMapping())
m = logging.getLevelNamesMapping()
m["X"] = 1
print("X" in logging.getLevelNamesMapping())
for v in (50, 40, 30, 20, 10, 0, 33, "INFO", "WARN", "FATAL", "BOGUS", None, 1.5):
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.BASIC_FORMAT)

# No handler anywhere: the last resort writes WARNING and up, message only, to stderr.
lg = logging.getLogger("nohandler")
print(logging.root, lg, logging.lastResort)
lg.debug("not shown")
lg.info("not shown")
lg.warning("warning %s %d", "via", 1)
lg.error("error")
lg.critical("critical %(a)s", {"a": "dict"})
lg.log(25, "notice not shown")
lg.log(45, "level %d", 45)
print(logging.root.handlers)
sys.stderr.flush()

# lastResort reads sys.stderr at each record.
saved = sys.stderr
sys.stderr = sys.stdout
lg.warning("to stdout")
sys.stderr = saved

# No handler and no last resort: one complaint only.
logging.lastResort = None
lg.warning("lost")
lg.warning("lost again")
logging.lastResort = logging._defaultLastResort

# The module functions configure the root first.
logging.info("info before basicConfig, not shown")
print(logging.root.handlers)
logging.root.handlers[0].setStream(sys.stdout)
logging.warning("root %s", "warning")
logging.error("root error")
logging.critical("root critical")
logging.fatal("root fatal")
logging.log(logging.ERROR, "root log")
logging.debug("not shown")
logging.root.setLevel("DEBUG")
logging.debug("debug now shown")
logging.info("info %s", ("tuple",))
logging.info("%s %s", *("two", "args"))
logging.info("no args %s")
logging.info({"not": "a string"})
logging.info(["%s"], )
print(logging.root, logging.root.getEffectiveLevel())

# disable() overrides every level.
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still shown")
print(logging.root.manager.disable, logging.root.isEnabledFor(20), lg.isEnabledFor(30))
logging.disable("WARNING")
logging.warning("disabled too")
logging.disable()
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.critical("back")
for bad in ("BOGUS", 2.5, None):
    try:
        logging.disable(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(logging.root.manager.disable)

# Deprecated warn().
logging.warn("module warn")
lg.warn("logger warn")
sys.stderr.flush()

# log() with a level that is not an int.
try:
    logging.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
logging.raiseExceptions = False
logging.log("INFO", "ignored")
logging.raiseExceptions = True

# getLogger() names.
print(logging.getLogger() is logging.root, logging.getLogger("") is logging.root,
      logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root)
for bad in (1, b"x"):
    try:
        logging.getLogger(bad)
    except TypeError as e:
        print("TypeError", e)
logging.shutdown()
print("done")
