class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
def g():
    with CM():
        yield 1
        yield 2
it = g()
print(next(it))
it.close()
print("---")
it = g()
next(it)
try:
    it.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)
