try:
    {}["k"]
except KeyError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
e = ValueError("x")
print(e.__traceback__, e.__context__, e.__cause__, e.with_traceback(None) is e)
try:
    [].pop()
except IndexError as e:
    print(e.__class__.__name__, e.args)
def depth():
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        return n
print(depth())
