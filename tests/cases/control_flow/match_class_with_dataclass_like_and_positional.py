class Cmd:
    __match_args__ = ("verb", "obj")
    def __init__(self, verb, obj=None):
        self.verb, self.obj = verb, obj
def handle(c):
    match c:
        case Cmd("go", obj) if obj in ("north", "south"):
            return f"moving {obj}"
        case Cmd("go"):
            return "go where?"
        case Cmd(verb="take", obj=str() as thing):
            return f"taking {thing}"
        case Cmd(verb):
            return f"unknown verb {verb}"
for c in (Cmd("go", "north"), Cmd("go", "up"), Cmd("take", "lamp"), Cmd("take", 5), Cmd("dance")):
    print(handle(c))
