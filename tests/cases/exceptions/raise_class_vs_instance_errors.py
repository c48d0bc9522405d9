try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
for bad in (5, "str", object, int):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with non-class not evaluated")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
