e = ValueError("base")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
f = KeyError("k")
print(hasattr(f, "__notes__"))
f.__notes__ = "not a list"
try:
    f.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
