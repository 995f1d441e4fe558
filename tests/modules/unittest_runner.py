# unittest: a text runner's report at each verbosity, with failures, errors, skips, expected
# failures, unexpected successes and subtests (the run time is masked).
import io
import re
import unittest


def run(*classes, verbosity=1, **kwargs):
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    print(re.sub(r"in \d+\.\d\d\ds", "in T", stream.getvalue()))
    print(result, result.wasSuccessful(), result.testsRun)
    return result


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)

    def test_two(self):
        """Checks two things.

        More text that the report leaves out."""
        self.assertTrue([1])


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertIn(1, [1, 2])

    def test_b_fail(self):
        self.assertEqual(2, 3)

    def test_c_error(self):
        raise KeyError("missing")

    @unittest.skip("not today")
    def test_d_skip(self):
        raise RuntimeError("never runs")

    def test_e_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_f_expected(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.expectedFailure
    def test_g_unexpected(self):
        pass

    def test_h_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_i_subtest_msg(self):
        with self.subTest("named", x=1):
            raise ValueError("inside")

    def not_a_test(self):
        pass


run(Passing)
run(Passing, verbosity=2)
result = run(Mixed)
run(Mixed, verbosity=2)
run(Mixed, verbosity=0)
print([str(t) for t, _ in result.failures])
print([str(t) for t, _ in result.errors])
print([(str(t), why) for t, why in result.skipped])
print(len(result.expectedFailures), [str(t) for t in result.unexpectedSuccesses])

# failfast stops at the first failure or error.
run(Mixed, failfast=True)


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

    def test_y(self):
        pass


run(Skipped, verbosity=2)


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self):
        pass

    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        pass

    @unittest.skipIf(False, "runs")
    def test_runs(self):
        pass


run(Conditional, verbosity=2)
print(Mixed("test_a_pass"), repr(Mixed("test_a_pass")), Mixed("test_a_pass").id())
print(Passing("test_two").shortDescription(), Passing("test_one").shortDescription())
print(Mixed("test_a_pass") == Mixed("test_a_pass"), Mixed("test_a_pass") == Mixed("test_b_fail"))
try:
    Mixed("test_nothing")
except ValueError as e:
    print("ValueError", e)
print(unittest.TestLoader().getTestCaseNames(Mixed))
print(unittest.defaultTestLoader.loadTestsFromTestCase(Passing).countTestCases())
