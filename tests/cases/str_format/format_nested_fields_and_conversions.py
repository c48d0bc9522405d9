data = {"name": "Ada", "langs": ["py", "rs"]}
print("{0[name]} knows {0[langs][1]}".format(data), "{d[langs]!r:>14}".format(d=data), "{:>{width}.{prec}}".format("abcdef", width=6, prec=3))
print("{0:{1}{2}}".format(42, ">", 6), "{:{}}".format(3.14159, ".3"), "{0!s:^9}|{0!r:^9}".format("x"), "{!a}".format("ü"))
print("{0} {0} {1}".format("a", "b"), "{}{{}}{}".format(1, 2), "{:}".format("empty spec"), "{0:}".format(5))
