def pair():
    v = []
    def push(x):
        v.append(x)
    def pop():
        return v.pop()
    def reset():
        nonlocal v
        v = []
    return push, pop, reset
push, pop, reset = pair()
push(1); push(2)
print(pop())
reset()
push(9)
print(pop())
try:
    pop()
except IndexError as e:
    print(type(e).__name__, e)
