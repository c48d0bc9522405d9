def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
def printer():
    while True:
        item = yield
        print("got", item)
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
p1 = printer(); next(p1)
b = broadcast([p1])
next(b)
b.send("x")
b.send("y")
