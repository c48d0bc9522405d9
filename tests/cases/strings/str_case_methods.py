for s in ("hello World", "ÉCOLE ß", "mIxEd 123 aBc", "ǅungla", "o'neil's x-ray"):
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=" | ")
print("Straße".upper(), "ﬁ".upper(), "İ".lower().encode("utf-8"))
print("Hello".istitle(), "HELLO".isupper(), "hello1".islower(), "".isupper(), "123".islower())
