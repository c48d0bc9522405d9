counter = 0
def incr():
    global counter
    counter += 1
    return counter
print([incr() for _ in range(3)], counter)
order = []
def t(n):
    order.append(n)
    return n
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(order)
order.clear()
t("a")[0] if False else None
f = lambda *a, **k: None
f(t(1), t(2), k=t(3))
print(order)
order.clear()
x = t([0])[t(0)] = t("v")
print(order)
