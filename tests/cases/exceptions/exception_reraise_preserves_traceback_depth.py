def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    try:
        middle()
    except ValueError:
        raise
try:
    outer()
except ValueError as e:
    n = 0
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
