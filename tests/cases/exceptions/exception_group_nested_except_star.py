def raise_nested():
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), ValueError("v2")])])
try:
    raise_nested()
except* ValueError as g:
    print("VE", repr(g))
except* TypeError as g:
    print("TE", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("replacement")
except* KeyError as g:
    print("new:", repr(g.exceptions))
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("handled values")
except* TypeError:
    print("handled types")
print("done")
