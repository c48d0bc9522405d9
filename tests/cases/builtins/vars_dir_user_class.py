class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    sound = "woof"
    def fetch(self):
        pass
d = Dog("rex")
print(vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")))
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Dog) if not n.startswith("__")])
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
