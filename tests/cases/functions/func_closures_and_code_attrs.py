def outer(a):
    b = 2
    def inner(c, *args, d=4, **kw):
        e = 5
        return a + b + c
    return inner
fn = outer(1)
co = fn.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_freevars, fn(10))
print([c.cell_contents for c in fn.__closure__], fn.__globals__ is globals(), fn.__builtins__ is not None if hasattr(fn, "__builtins__") else True)
