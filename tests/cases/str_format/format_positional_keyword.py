print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0}{name}".format(5, name="n"))
print("{{}} {{{}}}".format(7), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{0[0]}{0[2]}".format("abc"), "{.real}".format(3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"), "{:{}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
class P:
    x = 10
print("{p.x} {p.__class__.__name__}".format(p=P()), "{0.x:03d}".format(P))
