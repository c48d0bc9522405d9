def f():
    out = []
    for i in range(4):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(f())
def g():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(g())
def h():
    while True:
        try:
            return "from loop"
        finally:
            break
    return "after break"
print(h())
