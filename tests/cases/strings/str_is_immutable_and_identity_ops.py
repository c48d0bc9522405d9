s = "abc"
t = s
s += "d"
print(s, t, s is t)
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s.__class__.__name__, str.__mro__, isinstance(s, str), hash(s) == hash("abcd"))
