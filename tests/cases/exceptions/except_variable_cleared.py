try:
    raise ValueError("v")
except ValueError as err:
    print("caught", err)
try:
    err
except NameError as e:
    print(type(e).__name__, e)
err = "keep?"
try:
    raise TypeError
except TypeError as err:
    pass
print("err" in dir())
