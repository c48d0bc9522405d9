# atexit._run_exitfuncs runs and forgets the callbacks; _clear; callbacks still run after
# sys.exit, whose status is kept
import atexit, sys

def a():
    print("a")
def b(x):
    print("b", x)

atexit.register(a)
atexit.register(b, 1)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(a)
atexit._clear()
print(atexit._ncallbacks())

def nested():
    print("nested registers another")
    atexit.register(lambda: print("registered during exit"))
atexit.register(b, "at exit")
atexit.register(nested)
sys.exit(3)
