a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out)
b = [1, 2, 3, 4]
for x in b:
    b.remove(x)
print(b)
it = iter([1, 2])
lst = [0]
li = iter(lst)
lst.append(1)
print(list(li))
r = reversed([1, 2, 3])
print(next(r), list(r))
