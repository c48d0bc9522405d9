def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalized")
for x in g():
    if x == 2:
        print("breaking")
        break
print("after loop")
def h():
    with_ = []
    try:
        yield 1
    finally:
        print("h finally")
it = h()
next(it)
del it
print("after del")
