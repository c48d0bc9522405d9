def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    finally:
        print("cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("injected")))
try:
    next(it)
except StopIteration:
    print("done")
it2 = g()
try:
    it2.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw propagates", e)
it3 = g()
next(it3)
try:
    it3.throw(TypeError)
except TypeError as e:
    print("not caught:", repr(e))
