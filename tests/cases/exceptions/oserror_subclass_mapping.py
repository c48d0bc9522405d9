for errno in (2, 13, 17, 21, 32, 111, 9999):
    e = OSError(errno, "msg")
    print(errno, type(e).__name__, e.errno, str(e))
e = OSError("just a message")
print(repr(e), e.errno, e.args)
e = OSError(2, "No such file", "f.txt", None, "g.txt")
print(str(e), e.filename, e.filename2)
