n = 1234567
print(str(n), repr(n), format(n, ","), format(n, "_"), format(n, "x"), format(n, "#X"))
print(format(-42, "08d"), format(42, "+d"), format(42, " d"), format(42, "<6d") + "|", format(42, "^7d") + "|")
print(format(255, "b"), format(255, "#o"), format(255, "#b"), format(1 << 40, "_x"))
print(format(42, "e"), format(42, ".2f"), format(42, "%"), format(65, "c"))
print(f"{-7:=8}", f"{7:*>5}", f"{123456789:_d}")
try:
    format(42, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(42, ",b")
except ValueError as e:
    print(type(e).__name__, e)
