for f in (len, print, sorted, min, isinstance, getattr, iter, next, abs, hash, id, repr):
    print(f.__name__, f.__qualname__, f.__module__, type(f).__name__, repr(f))
print(repr([].append).startswith("<built-in method append of list object"), [].append.__name__, [].append.__qualname__, "".join.__self__ == "")
