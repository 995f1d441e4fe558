# unittest: the order of setUp/tearDown, class fixtures and cleanups, errors in fixtures,
# subTest parameters, FunctionTestCase, suites, the loader and main() with arguments.
import io
import re
import sys
import unittest

calls = []


def report(result, stream):
    print(re.sub(r"in \d+\.\d\d\ds", "in T", stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))


def run(suite, verbosity=2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    report(result, stream)
    return result


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        calls.append("setUpClass")
        cls.addClassCleanup(calls.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        calls.append("tearDownClass")

    def setUp(self):
        calls.append("setUp " + self._testMethodName)
        self.addCleanup(calls.append, "cleanup 1")
        self.addCleanup(calls.append, "cleanup 2")

    def tearDown(self):
        calls.append("tearDown")

    def test_1(self):
        calls.append("test_1")

    def test_2(self):
        calls.append("test_2")
        self.assertEqual(1, 0)


run(unittest.defaultTestLoader.loadTestsFromTestCase(Order))
print(calls)


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def tearDown(self):
        print("tearDown is not run after a failed setUp")

    def test_x(self):
        print("never")


class BadClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no database")

    def test_x(self):
        print("never")


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown broke")

    def test_x(self):
        pass


class BadCleanup(unittest.TestCase):
    def test_x(self):
        self.addCleanup(int, "x")


suite = unittest.TestSuite()
for cls in (BadSetUp, BadClassSetUp, BadTearDown, BadCleanup):
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
run(suite)


class Sub(unittest.TestCase):
    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
        with self.subTest("label"):
            self.skipTest("skipped subtest")
        print("after subtests")


run(unittest.defaultTestLoader.loadTestsFromTestCase(Sub))


def plain():
    """A plain function test."""
    print("plain runs")


def plain_fails():
    assert False, "plain failed"


suite = unittest.TestSuite([unittest.FunctionTestCase(plain),
                            unittest.FunctionTestCase(plain_fails, description="described")])
print(suite.countTestCases(), [str(t) for t in suite])
run(suite)

result = unittest.TestResult()
Order("test_1").run(result)
print(result, result.wasSuccessful())
print(Order("test_2").run())

try:
    unittest.TestSuite().addTest(Order)
except TypeError as e:
    print("TypeError", e)
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print("TypeError", e)


class ForMain(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        self.assertEqual("a", "b")


old = sys.stderr
sys.stderr = io.StringIO()
try:
    program = unittest.main(argv=["prog", "-v"], exit=False)
finally:
    captured, sys.stderr = sys.stderr.getvalue(), old
print(re.sub(r"in \d+\.\d\d\ds", "in T", captured))
print(program.result.testsRun, program.result.wasSuccessful())

sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog", "-k", "alpha"])
except SystemExit as e:
    code = e.code
finally:
    captured, sys.stderr = sys.stderr.getvalue(), old
print(re.sub(r"in \d+\.\d\d\ds", "in T", captured), code)

sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog", "ForMain.test_beta"])
except SystemExit as e:
    code = e.code
finally:
    captured, sys.stderr = sys.stderr.getvalue(), old
print(re.sub(r"in \d+\.\d\d\ds", "in T", captured), code)
