try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError:
    raise TypeError("raised inside except*")
