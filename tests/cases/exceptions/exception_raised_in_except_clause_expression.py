def bad():
    raise RuntimeError("while matching")
try:
    try:
        raise ValueError("original")
    except bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
