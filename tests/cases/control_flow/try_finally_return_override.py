def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
def k():
    try:
        1 / 0
    finally:
        return "swallowed"
def m():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(f(), g(), h(), k(), m())
def cont():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(cont())
