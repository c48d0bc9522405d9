# logging to a stream, pprint, timeit, inspect
import logging, io, pprint, timeit, inspect, sys
stream = io.StringIO()
log = logging.getLogger("demo")
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h)
log.setLevel(logging.INFO)
log.debug("hidden")
log.info("shown %d", 42)
log.warning("warn")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
lines = stream.getvalue().splitlines()
print(lines[:3], lines[3], lines[-1])
pprint.pprint({"b": list(range(30)), "a": {"nested": ("x" * 30, "y" * 30)}}, width=60)
print(pprint.pformat([1, [2, [3, [4]]]], depth=2), pprint.isreadable({"a": 1}))
t = timeit.Timer("sum(range(10))")
n, secs = t.autorange()
print(n > 0, secs >= 0, len(t.repeat(repeat=2, number=10)))
def sample(a, b=2, *args, c, **kw):
    "doc string"
    return a
print(inspect.signature(sample), inspect.getdoc(sample), inspect.isfunction(sample), inspect.isclass(int))
print([n for n, _ in inspect.getmembers(sample) if n == "__name__"], inspect.getsource(sample).splitlines()[0])
print(inspect.getfile(inspect).endswith("inspect.py"), inspect.ismodule(sys), inspect.Parameter.KEYWORD_ONLY)
