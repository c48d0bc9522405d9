def classify(x):
    if not x:
        return "falsy"
    elif isinstance(x, str) and x.isdigit():
        return "digits"
    elif x == 1:
        return "one"
    else:
        return "other"
for v in (0, "", [], "12", 1, 1.0, True, "x", None, 0j, {0}):
    print(repr(v), classify(v))
print("yes" if [] else "no", 1 and 2, 0 and 2, 0 or "", None or "d", [] or {} or 0)
