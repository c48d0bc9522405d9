x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    try:
        return missing_name
    except NameError as e:
        return str(e)
print(h())
