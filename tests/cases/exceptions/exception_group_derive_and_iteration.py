class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
eg = MyEG("m", [ValueError(1), TypeError(2)])
v, rest = eg.split(ValueError)
print(type(v).__name__, repr(v), type(rest).__name__, repr(rest))
print(eg.exceptions, type(eg.exceptions).__name__)
eg2 = ExceptionGroup("m", [ValueError(1)])
eg2.add_note("note")
m, r = eg2.split(ValueError)
print(m is eg2, r, getattr(m, "__notes__", None))
print(eg2.split(lambda e: False), str(ExceptionGroup("one", [ValueError()])))
