def fail():
    raise ExceptionGroup("several", [ValueError("a"), TypeError("b")])
fail()
