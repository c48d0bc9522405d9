x = 1234.5678
print(format(x, ".2f"), format(x, "10.1f") + "|", format(x, "<10.1f") + "|", format(x, "e"), format(x, ".3E"))
print(format(x, "g"), format(1e-5, "g"), format(1e16, "g"), format(123456789.0, "g"), format(x, ".2g"))
print(format(x, ",.2f"), format(x, "_.3f"), format(0.25, "%"), format(0.25, ".1%"), format(x, "+.0f"))
print(format(-0.0, "f"), format(-0.0, "z.1f"), format(float("inf"), "f"), format(float("nan"), "E"), format(float("-inf"), "08.2f"))
print(format(1.0, ""), format(1e20, ""), format(1.5, "#.0f"), format(2.0, "#g"), format(0.1, ".20f"))
print(format(x, "012.3f"), format(-x, "=12.1f"), format(x, "^12.1f") + "|", format(3.0, "n"))
print(f"{x:.{2}f}", f"{x:{10}.{3}}")
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ".2x")
except ValueError as e:
    print(type(e).__name__, e)
