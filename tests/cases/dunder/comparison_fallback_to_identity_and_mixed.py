class A:
    pass
a = A()
print(a == a, a != a, a == A(), a != A(), None == a, a == None)
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"a {op} a")
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", [] == (), {} == [], 1 != "1", None != 0)
