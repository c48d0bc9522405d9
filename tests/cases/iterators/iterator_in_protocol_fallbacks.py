class OnlyGetitem:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(2 in OnlyGetitem(), 5 in OnlyGetitem(), list(enumerate(OnlyGetitem())), sorted(OnlyGetitem(), reverse=True))
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in IterNone()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
