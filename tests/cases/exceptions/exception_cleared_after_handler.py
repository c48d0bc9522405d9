import sys
def show():
    return repr(sys.exception())
print(show())
try:
    raise ValueError("active")
except ValueError:
    print(show())
    try:
        raise KeyError("nested")
    except KeyError:
        print(show())
    print(show())
print(show())
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield show()
    yield show()
print(list(gen()))
