class MyList(list):
    def __getitem__(self, i):
        return ("custom", super().__getitem__(i))
ml = MyList([1, 2, 3])
print(ml[0], ml, len(ml), type(ml + [4]).__name__, list(ml), ml.__class__.__mro__[1].__name__)
class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = "x"
md = MyDict(a=1)
print(md, md.extra, md["a"], isinstance(md, dict))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, s == "hey")
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(7)
except Exception as e:
    print(e, e.code, e.args)
