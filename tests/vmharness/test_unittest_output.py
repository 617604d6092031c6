"""Reading ``unittest -v`` output: checked against real CPython runs of a test module
whose test names say what outcome each test must have."""

import subprocess
import sys
import textwrap

from clearpy.conformance import unittest_output

# Each test's name ends with the outcome it produces; the parser must recover it
# from the text CPython prints, whatever the test writes in the middle.
SAMPLE_MODULE = textwrap.dedent('''
    import sys
    import unittest

    class Outcomes(unittest.TestCase):
        def test_plain__ok(self):
            pass

        def test_docstring__ok(self):
            """A docstring makes unittest print two lines."""

        def test_docstring__FAIL(self):
            """Failing, with a docstring."""
            self.assertEqual(1, 2)

        def test_assert__FAIL(self):
            self.assertIn("x", "abc")

        def test_raise__ERROR(self):
            {}["missing"]

        @unittest.skip("not today")
        def test_decorated__skipped(self):
            pass

        def test_skiptest__skipped(self):
            self.skipTest("skipped from inside")

        @unittest.expectedFailure
        def test_expected_fail__expected_failure(self):
            self.fail("as expected")

        @unittest.expectedFailure
        def test_pass_unexpectedly__unexpected_success(self):
            pass

        def test_subtests_one_bad__FAIL(self):
            for n in range(4):
                with self.subTest(n=n):
                    self.assertNotEqual(n, 2)

        def test_subtests_error__ERROR(self):
            for n in range(2):
                with self.subTest(n=n):
                    if n:
                        raise OSError("subtest error")

        def test_subtests_all_good__ok(self):
            for n in range(3):
                with self.subTest(n=n):
                    pass

        def test_noise_newline__ok(self):
            sys.stderr.write("noise with a newline\\n")

        def test_noise_no_newline__ok(self):
            sys.stderr.write("noise without a newline")

        def test_noise_then_fail__FAIL(self):
            sys.stderr.write("noise before failing\\n")
            self.fail("after noise")

    @unittest.skip("whole class skipped")
    class SkippedClass(unittest.TestCase):
        def test_in_skipped_class__skipped(self):
            pass

    def passing_doctest__ok():
        """
        >>> 1 + 1
        2
        """

    def failing_doctest__FAIL():
        """
        >>> [1, 2]
        [1, 3]
        """

    def load_tests(loader, tests, pattern):
        import doctest
        tests.addTests(doctest.DocTestSuite(sys.modules[__name__]))
        return tests
''')

STATUS_BY_SUFFIX = {
    "ok": unittest_output.OK, "FAIL": unittest_output.FAIL, "ERROR": unittest_output.ERROR,
    "skipped": unittest_output.SKIPPED, "expected_failure": unittest_output.EXPECTED_FAILURE,
    "unexpected_success": unittest_output.UNEXPECTED_SUCCESS,
}


def run_sample(tmp_path):
    (tmp_path / "sample_outcomes.py").write_text(SAMPLE_MODULE)
    result = subprocess.run([sys.executable, "-m", "unittest", "-v", "sample_outcomes"],
                            cwd=tmp_path, capture_output=True, text=True)
    return unittest_output.parse(result.stderr)


def test_every_outcome_is_read_from_real_unittest_output(tmp_path):
    report = run_sample(tmp_path)
    expected = {}
    for test, outcome in report.outcomes.items():
        suffix = test.rsplit("__", 1)[-1]
        expected[test] = STATUS_BY_SUFFIX[suffix]
    assert {test: outcome.status for test, outcome in report.outcomes.items()} == expected
    assert len(report.outcomes) == 18  # 15 methods, 1 in the skipped class, 2 doctests
    # CPython 3.12.1 does not count tests skipped by a decorator in "Ran N tests".
    assert report.ran == 16 and report.finished


def test_ids_are_unittest_ids_and_doctests_count_as_one_test_each(tmp_path):
    report = run_sample(tmp_path)
    assert "sample_outcomes.Outcomes.test_plain__ok" in report.outcomes
    assert "sample_outcomes.SkippedClass.test_in_skipped_class__skipped" in report.outcomes
    assert "sample_outcomes.passing_doctest__ok" in report.outcomes
    assert "sample_outcomes.failing_doctest__FAIL" in report.outcomes


def test_the_first_line_of_why_comes_from_the_failure_block(tmp_path):
    outcomes = run_sample(tmp_path).outcomes
    assert outcomes["sample_outcomes.Outcomes.test_raise__ERROR"].why == "KeyError: 'missing'"
    assert outcomes["sample_outcomes.Outcomes.test_docstring__FAIL"].why == "AssertionError: 1 != 2"
    assert outcomes["sample_outcomes.Outcomes.test_subtests_one_bad__FAIL"].why == \
        "AssertionError: 2 == 2"
    assert outcomes["sample_outcomes.failing_doctest__FAIL"].why == \
        "doctest failed example: [1, 2]"
    assert outcomes["sample_outcomes.Outcomes.test_decorated__skipped"].why == "'not today'"


def test_a_run_that_dies_half_way_keeps_what_it_reported():
    text = ("test_a (m.T.test_a) ... ok\n"
            "test_b (m.T.test_b) ... Fatal Python error: Segmentation fault\n")
    report = unittest_output.parse(text)
    assert report.outcomes["m.T.test_a"].status == unittest_output.OK
    assert "m.T.test_b" not in report.outcomes
    assert report.ran is None and not report.finished


def test_a_status_with_no_test_before_it_is_not_given_to_the_previous_test():
    # After "expected failure" CPython 3.12.1 forgets to end the line, so a skip
    # decided before startTest prints its status without the test's name.
    text = ("test_a (m.T.test_a) ... expected failure\n"
            "skipped 'class skipped'\n"
            "test_b (m.T.test_b) ... ok\n")
    report = unittest_output.parse(text)
    assert {name: outcome.status for name, outcome in report.outcomes.items()} == {
        "m.T.test_a": unittest_output.EXPECTED_FAILURE, "m.T.test_b": unittest_output.OK}


def test_test_ids():
    assert unittest_output.test_id("test_x", "m.C.test_x") == "m.C.test_x"
    assert unittest_output.test_id("doctests", "m.__test__") == "m.__test__.doctests"
    assert unittest_output.test_id("setUpClass", "m.C") == "m.C.setUpClass"
