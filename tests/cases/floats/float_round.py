print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-1.25, 1))
print(round(12345.678, -2), round(1.5, 0), round(1e300, 2), round(123.456, -5))
print(round(3.14159, 3), round(-0.4), round(-0.6))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
