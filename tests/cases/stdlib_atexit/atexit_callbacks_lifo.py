# atexit: callbacks run at exit last-registered-first, with their arguments; unregister;
# an exception in a callback is reported and the others still run
import atexit

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def boom():
    print("boom runs")
    raise ZeroDivisionError("division by zero")

def never():
    print("never")

print(atexit.register(show, 1, 2, k="v") is show)
atexit.register(boom)
atexit.register(never)
atexit.register(show, "last")
atexit.register(never)
atexit.unregister(never)
print(atexit._ncallbacks())

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError")

@atexit.register
def decorated():
    print("decorated", decorated.__name__)

print("main done")
