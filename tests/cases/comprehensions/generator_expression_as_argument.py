print(sum(x * x for x in range(4)), "".join(c for c in "abc" if c > "a"), max(len(w) for w in ["a", "abc"]), any(x > 2 for x in [1, 3]), all(x for x in []))
print(sorted((x for x in [3, 1, 2]), reverse=True), list(zip((a for a in "ab"), (b for b in range(5)))), dict((k, k * 2) for k in range(2)))
try:
    exec("print(x for x in range(3), 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
