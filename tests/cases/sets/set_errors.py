s = {1}
for f in (lambda: s.remove(5), lambda: set().pop(), lambda: {[1]}, lambda: s.add({}), lambda: s | [1], lambda: s - "a", lambda: s < [1], lambda: frozenset([1]).add(2), lambda: s[0], lambda: set(1), lambda: hash(s), lambda: s.remove([1])):
    try:
        print(f())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
