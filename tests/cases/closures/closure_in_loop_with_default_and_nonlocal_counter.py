def outer():
    results = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
            return total
        results.append(add)
    return results, lambda: total
fs, get = outer()
print([f() for f in fs], get())
def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
a = make_adders()
print(a[0](10), a[2](10))
