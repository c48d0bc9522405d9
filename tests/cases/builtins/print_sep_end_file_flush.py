import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued", end="!\n")
print()
print("x", 1, None, sep="")
print(sep="ignored")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(1, 2, sep=None, end=None)
for bad in ({"sep": 5}, {"end": 1}, {"file": 5}):
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
