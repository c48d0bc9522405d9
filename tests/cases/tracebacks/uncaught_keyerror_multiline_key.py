raise KeyError("multi\nline key")
