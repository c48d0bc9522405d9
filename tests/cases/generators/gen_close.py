def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
it = g()
next(it)
print(it.close(), it.close())
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
r = returns_on_close(); next(r)
print(r.close())
u = g()
print(u.close(), "unstarted closed without finally")
