e = ValueError("v")
e.add_note("inner note")
raise ExceptionGroup("outer", [e])
