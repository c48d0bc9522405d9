def make_gen(start):
    step = 1
    def gen():
        n = start
        while n < start + 3:
            yield n
            n += step
    def set_step(s):
        nonlocal step
        step = s
    return gen, set_step
gen, set_step = make_gen(10)
print(list(gen()))
set_step(2)
print(list(gen()))
def lazy():
    return [lambda: v for v in "ab"]
print([f() for f in lazy()])
