# functools' error cases: reduce of an empty iterable, bad partial/cmp_to_key/lru_cache use
import functools
for call in (
    lambda: functools.reduce(lambda a, b: a + b, []),
    lambda: functools.reduce(lambda a, b: a + b),
    lambda: functools.partial(),
    lambda: functools.partial(5),
    lambda: functools.lru_cache(maxsize="x"),
    lambda: functools.cmp_to_key(lambda a, b: 0)(1) < 3,
    lambda: functools.reduce(None, [1, 2]),
):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
