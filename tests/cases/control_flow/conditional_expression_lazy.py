def loud(v):
    print("eval", v)
    return v
print(loud(1) if loud(True) else loud(2))
print(loud(1) if loud(0) else loud(2))
print(loud(0) and loud(1), loud(3) or loud(4))
x = 5
print("a" if x > 3 else "b" if x > 1 else "c", "a" if x > 10 else "b" if x > 1 else "c")
