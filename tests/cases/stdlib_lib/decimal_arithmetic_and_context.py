# decimal (the Lib's _pydecimal): exact arithmetic, contexts, rounding, quantize, errors
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt(), Decimal(1) / 3)
print(getcontext().prec, Decimal("1e3").to_integral(), Decimal(-7) // 2, Decimal(-7) % 2)
print(Decimal("3.14159").as_tuple(), Decimal(0.5), repr(Decimal("NaN")), Decimal("-0") == 0)
print(sorted([Decimal("2.5"), Decimal("1.25"), Decimal("10")]), max(Decimal(3), 2.5))
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):.2e}", int(Decimal("42.9")), float(Decimal("0.25")))
