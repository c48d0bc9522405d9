def run(excs):
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as g:
        print("ValueErrors:", repr(g))
    except* TypeError as g:
        print("TypeErrors:", repr(g.exceptions))
run([ValueError(1), TypeError(2), ValueError(3)])
try:
    run([KeyError("unhandled"), ValueError(0)])
except ExceptionGroup as rest:
    print("escaped:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped naked:", repr(g))
