X = 1
raise RuntimeError("broken module body")
