# unittest run programmatically, doctest on a docstring, traceback formatting
import unittest, doctest, traceback, io, sys
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)
        self.assertIn(2, [1, 2])
        with self.assertRaises(KeyError):
            {}["x"]
    def test_fail(self):
        self.assertEqual("a", "b")
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
out = io.StringIO()
res = unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(res.testsRun, len(res.failures), len(res.errors), len(res.expectedFailures), res.wasSuccessful())
print(res.failures[0][1].strip().splitlines()[-1])
def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add("a", "b")
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b
r = doctest.run_docstring_examples(add, {"add": add}, name="add")
print(doctest.testmod(verbose=False).attempted >= 0)
try:
    int("x")
except ValueError:
    s = traceback.format_exc()
print(s.splitlines()[0], s.splitlines()[-1])
print(traceback.format_exception_only(KeyError("k"))[0].strip())
def f():
    return traceback.extract_stack()[-1].name
print(f(), [fs.lineno > 0 for fs in traceback.extract_stack()][:1])
