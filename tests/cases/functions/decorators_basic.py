def deco(fn):
    def wrapper(*a, **k):
        print("before", fn.__name__)
        r = fn(*a, **k)
        print("after")
        return r
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__wrapped__.__name__)
def repeat(n):
    def d(fn):
        def w():
            return [fn() for _ in range(n)]
        return w
    return d
order = []
def tag(t):
    order.append("make " + t)
    def d(fn):
        order.append("apply " + t)
        return fn
    return d
@tag("a")
@tag("b")
@repeat(3)
def one():
    return 1
print(one(), order)
@(lambda f: f())
def immediate():
    return "called at def"
print(immediate)
