s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"h\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xff".decode("utf-8", "replace"), b"\xffa".decode("latin-1"), s.encode("utf-16-le")[:6])
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("nope")
except LookupError as e:
    print(type(e).__name__, e)
