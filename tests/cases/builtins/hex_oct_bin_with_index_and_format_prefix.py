class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()), format(255, "#x"), format(255, "x"), f"{10:#b}", "%#o" % 8, int("0x1f", 16), int("1f", base=16))
try:
    hex(I)
except TypeError as e:
    print(type(e).__name__, e)
