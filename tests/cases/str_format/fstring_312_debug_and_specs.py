# `=` debug specifiers keep the source text; format specs nest replacement fields.
x, width, prec = 3.14159, 10, 3
name = "ab"
print(f"{x=}", f"{x = }", f"{ x =}", f"{x=:.2f}", f"{x=!s}", f"{name = !r:>6}")
print(f"{x + 1 = }", f"{name!r=}" if False else "", f"{name.upper()=}")
print(f"{x:{width}.{prec}f}|", f"{x:>{width}}|", f"{name:{'^'}{width}}|")
print(f"{x:{width}{'.2f'}}|")
print(f"{'s':{'>'}{5}}|", f"{3:{'0'}{4}d}")
print(f"{x:{width:{''}{2}}}|")
class F:
    def __format__(self, spec):
        return "<" + spec + ">"
f = F()
print(f"{f:}", f"{f:abc}", f"{f:a:b}", f"{f:!r}", f"{f:{{}}}", f"{f:=5}", f"{f:\n}")
print(f"{f:{name}{{name}}}", f"{f!s:}" if False else "")
print(f"{name!s:}", f"{name!a}", f"{'é'!a}", f"{name!r:^8}|")
print(f"{1:{2}}", f"{'x':{'<'}{3}}|")
import decimal
print(f"{decimal.Decimal('1.23456'):.{prec}}")
try:
    f"{x:{'bad'}}"
except ValueError as e:
    print("ValueError", e)
