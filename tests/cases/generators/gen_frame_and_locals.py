def g(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
it = g(5)
print(it.gi_frame.f_locals if False else "skip", next(it), sorted(it.gi_frame.f_locals.items()), it.gi_frame.f_code.co_name)
print(next(it), sorted(it.gi_frame.f_locals.items()))
print(it.gi_code.co_name, it.gi_yieldfrom)
