print(format("abc", "<7") + "|", format("abc", ">7") + "|", format("abc", "^7") + "|", format("abc", "*^8") + "|", format("abc", ".2"), format("abc", "7.1") + "|")
print(format(5, "0=5"), format(-5, "05"), format(5, "x<4"), format(1234567.891, ",.1f"), format(10 ** 10, "_"), format(0xDEADBEEF, "_X"), format(255, "#010b"))
print(format(3.5, "=+10.2f"), format(-3.5, " 10.3e"), format(0.000123, ".2e"), format(12.0, ".0e"), format(1.0, ".3g"), format(1e-4, ".3g"), format(123456, ".3g"))
print(format(None, ""), format([1, 2], ""), format(True, "^6"), format(True, "x"), format(0.5, "%"), format(1 / 3, ".3%"))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format("a", "=5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("a", "+")
except ValueError as e:
    print(type(e).__name__, e)
