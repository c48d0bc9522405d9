def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, done = [], 0
        for it in iters:
            try:
                row.append(next(it))
            except StopIteration:
                done += 1
                row.append(fill)
        if done == len(iters):
            return
        yield tuple(row)
print(list(zip_longest("ab", [1, 2, 3], fill="-")))
try:
    for pair in zip([1, 2], [3], strict=True):
        print("pair", pair)
except ValueError as e:
    print(type(e).__name__, e)
z = zip([1], [2], [3, 4], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
