# A generator dropped while suspended inside try/finally or with runs its cleanup when it is
# collected (gc.collect() here); one suspended outside any try needs none; an exception in
# the cleanup is reported and ignored.
import gc


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


def with_ctx():
    with Ctx():
        yield "in ctx"


def no_try():
    yield 1
    print("never printed")


def bad_cleanup():
    try:
        yield 1
    finally:
        raise KeyError("cleanup failed")


def start(gen_fn):
    g = gen_fn()
    print("first:", next(g))


start(with_finally)
gc.collect()
print("--")
start(with_ctx)
gc.collect()
print("--")
start(no_try)
gc.collect()
print("--")
start(bad_cleanup)
gc.collect()
print("--")


def finished():
    g = with_finally()
    print(list(g))


finished()
gc.collect()
print("done")
