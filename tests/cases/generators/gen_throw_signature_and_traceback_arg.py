def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError("instance"))
it.throw(KeyError)
try:
    it.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
it.close()
