# unittest running test cases defined in this program: results, failures, skips, subtests.
import io
import unittest
class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.value = 2
    def test_addition(self):
        self.assertEqual(self.value + 2, 4)
    def test_failure_message(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self):
        {}["missing"]
    @unittest.skip("demonstrating skip")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)
    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertNotEqual(n, 2)
    def test_raises(self):
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
output = stream.getvalue()
for line in output.splitlines():
    if line.startswith(("Ran ", "  File")):
        continue
    print(line.replace(__file__, "<file>"))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
