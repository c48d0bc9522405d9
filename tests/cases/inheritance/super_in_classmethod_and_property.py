class Base:
    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__
    @property
    def info(self):
        return "base info"
class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived+" + super().create()
    @property
    def info(self):
        return "derived/" + super().info
print(Derived.create(), Derived().info)
class M:
    def go(self):
        return [super().__class__.__name__ for _ in range(1)]
print(M().go())
