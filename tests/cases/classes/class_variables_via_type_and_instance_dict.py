class C:
    x = 1
c = C()
print(C.__dict__["x"], "x" in c.__dict__, type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 2
except TypeError as e:
    print(type(e).__name__, e)
c.__dict__["y"] = 5
print(c.y)
c.__dict__ = {"z": 9}
print(c.z, hasattr(c, "y"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
