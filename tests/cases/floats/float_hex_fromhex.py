for x in (1.0, 0.5, 3.14, -2.5, 0.0, -0.0, 1e-320, 1.7976931348623157e308, float("inf")):
    print(x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print(float.fromhex("0x1.fffffffffffffp+1023"))
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
