def register(cls):
    cls.registered = True
    return cls
def add_method(cls):
    cls.hello = lambda self: f"hello from {type(self).__name__}"
    return cls
@register
@add_method
class Thing:
    pass
print(Thing.registered, Thing().hello())
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def f(x):
    return x
f(1); f(2)
print(f.calls)
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
