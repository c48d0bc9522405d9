it = iter(range(10))
for x in it:
    if x == 3:
        break
print(next(it), list(it))
z = zip([1, 2, 3], [4, 5])
print(list(z))
src = iter([1, 2, 3, 4])
pairs = list(zip(src, src))
print(pairs)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
e = enumerate("abc")
next(e)
print(list(e))
