for e in (Exception(), Exception("msg"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError("a", "b"), OSError(2, "No such file"), StopIteration(5), SystemExit(3), UnicodeError("u")):
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = Exception("x")
e.args = ("changed", 1)
print(e, repr(e))
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, OSError(2, "nf").errno, OSError(2, "nf").strerror)
