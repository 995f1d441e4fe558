# unittest: the messages of the assert methods when they fail, msg= and longMessage, and
# assertRaises/assertWarns/assertLogs as context managers and with a callable.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, "->", e)
    else:
        print(name, "passes")


check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", "abc", "abd")
check("assertEqual", "one\ntwo\n", "one\nthree\n")
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2], [1, 2, 3])
check("assertEqual", (1, 2, 3), (1,))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", [1], (1,))
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", list(range(100)), list(range(99)) + [0])
check("assertEqual", 1, 2, msg="extra")
check("assertNotEqual", 1, 1)
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", "text")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertNotIn", 1, [1, 2])
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 10, 12, delta=1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 10, 11, delta=2)
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", "abc", "cab")
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), [1])
check("assertDictEqual", {}, [])
check("assertSetEqual", {1}, {1, 2})
check("assertMultiLineEqual", "a\nb\n", "a\nc\n")
check("assertRegex", "hello", "^x")
check("assertNotRegex", "hello", "l+")
try:
    t.fail()
except AssertionError as e:
    print("fail", repr(e))
try:
    t.fail("reason")
except AssertionError as e:
    print("fail", repr(e))

t.longMessage = False
check("assertEqual", 1, 2, msg="only this")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 10
check("assertEqual", [1, 2, 3], [1, 2, 4])
t.maxDiff = None

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
with t.assertRaises((KeyError, IndexError)):
    [][0]
with t.assertRaisesRegex(ValueError, "inv.lid"):
    int("invalid")
for body in [lambda: None, lambda: int("z")]:
    try:
        with t.assertRaises(TypeError):
            body()
    except AssertionError as e:
        print("AssertionError", e)
    except ValueError as e:
        print("ValueError passes through:", e)
try:
    with t.assertRaisesRegex(ValueError, "^nope"):
        raise ValueError("something else")
except AssertionError as e:
    print("AssertionError", e)
try:
    with t.assertRaises(KeyError, msg="with msg"):
        pass
except AssertionError as e:
    print("AssertionError", e)
t.assertRaises(ZeroDivisionError, lambda x: 1 // x, 0)


def quiet():
    return 1


try:
    t.assertRaises(ValueError, quiet)
except AssertionError as e:
    print("AssertionError", e)
try:
    t.assertRaises(1)
except TypeError as e:
    print("TypeError", e)


def warner():
    warnings.warn("careful", DeprecationWarning)


with t.assertWarns(DeprecationWarning) as cm:
    warner()
print(type(cm.warning).__name__, cm.warning)
t.assertWarns(DeprecationWarning, warner)
with t.assertWarnsRegex(UserWarning, "ca.eful"):
    warnings.warn("careful")
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("AssertionError", e)

log = logging.getLogger("app")
with t.assertLogs("app", level="INFO") as cm:
    log.info("first")
    log.debug("not captured")
    log.error("second %d", 2)
print(cm.output)
print([r.getMessage() for r in cm.records])
try:
    with t.assertLogs("app", level="ERROR"):
        log.warning("too low")
except AssertionError as e:
    print("AssertionError", e)
with t.assertNoLogs("app", level="ERROR"):
    log.info("fine")
try:
    with t.assertNoLogs("app"):
        log.warning("oops")
except AssertionError as e:
    print("AssertionError", e)
