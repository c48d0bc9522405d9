def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(60)
print(f)
print(len(str(fact(300))))
print(fact(25) // fact(23))
print(sum(int(c) for c in str(fact(100))))
