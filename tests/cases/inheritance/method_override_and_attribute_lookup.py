class Base:
    kind = "base"
    def describe(self):
        return f"{self.kind}:{self.name()}"
    def name(self):
        return "Base"
class Mid(Base):
    kind = "mid"
class Leaf(Mid):
    def name(self):
        return "Leaf"
print(Base().describe(), Mid().describe(), Leaf().describe())
Mid.kind = "changed"
print(Leaf().describe(), Leaf.__dict__.get("kind"), "kind" in Mid.__dict__)
del Mid.kind
print(Leaf().describe())
