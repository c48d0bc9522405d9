# __del__ runs for unreachable instances by the time gc.collect() returns (cycles included,
# once per object, PEP 442), errors in it are reported and ignored, and objects still
# referenced from the main module are finalized at exit.
import gc

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Cyclic(Tracked):
    def __init__(self, name):
        super().__init__(name)
        self.me = self


saved = []


class Resurrect(Tracked):
    def __del__(self):
        print("resurrecting", self.name)
        saved.append(self)


class Broken:
    def __del__(self):
        raise ValueError("boom in __del__")


def make_garbage():
    Tracked("plain")
    Cyclic("cycle")
    a, b = Tracked("a"), Tracked("b")
    a.other, b.other = b, a


make_garbage()
gc.collect()
print("after first collect")


def make_resurrected():
    Resurrect("phoenix")


make_resurrected()
gc.collect()
print("saved:", [o.name for o in saved])
saved.clear()
gc.collect()
print("after second collect (no second __del__)")


def make_broken():
    Broken()


make_broken()
gc.collect()
print("after broken")

survivor = Tracked("global survivor")
print("end of main")
