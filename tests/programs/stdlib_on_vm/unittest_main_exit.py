# unittest.main() in a script: its verbose report (minus the timing) and the exit status it implies.
import io
import re
import sys
import unittest
class Small(unittest.TestCase):
    def test_passes(self):
        self.assertIn("a", "abc")
    def test_fails(self):
        """A test with a docstring."""
        self.assertGreater(1, 2, "one is not greater than two")
    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
if __name__ == "__main__":
    stream = io.StringIO()
    program = unittest.main(argv=["prog", "-v"], testRunner=unittest.TextTestRunner(stream=stream, verbosity=2), exit=False)
    report = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests", stream.getvalue())
    sys.stderr.write(report)
    sys.exit(not program.result.wasSuccessful())
