s = "hello hello hello"
print(s.find("llo"), s.find("llo", 3), s.find("llo", 3, 8), s.find("zz"), s.rfind("llo"), s.rfind("h", 0, 5))
print(s.index("o"), s.rindex("o"), s.count("l"), s.count("ll"), s.count(""), s.count("l", 5), "aaaa".count("aa"))
print(s.find(""), s.find("", 100), s.rfind(""), "abc".find("c", -1), "abc".find("a", -100))
print(s.startswith("he"), s.startswith(("x", "hel")), s.endswith("lo", 0, 5), s.startswith("", 17), s.startswith("", 18))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
