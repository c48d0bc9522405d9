def f():
    try:
        return 1
    finally:
        [].pop()
print("start")
f()
