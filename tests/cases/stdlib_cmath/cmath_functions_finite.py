import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2.5 + 3j, 3 - 4j, 1e-310 + 1e-310j, 1e300 + 1e300j, -1e-5 - 2e5j, 2, -0.0, 0.3]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            r = f(v)
            out.append("(%.12g, %.12g)" % (r.real, r.imag))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(cmath.phase(-1), cmath.phase(-0.0), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(3))
print(cmath.polar(3 + 4j), cmath.polar(-2), cmath.polar(1e308 + 1e308j))
print(cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2), cmath.rect(-1, 0.5), cmath.rect(0, 1))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10), cmath.log(-1))
print(cmath.sqrt(-4), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)), cmath.exp(1j * cmath.pi))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(cmath.inf, 0)), cmath.isinf(complex(0, cmath.inf)), cmath.isnan(complex(cmath.nan, 0)), cmath.isnan(1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(cmath.inf, 0), complex(cmath.inf, 0)))

class Cx:
    def __complex__(self):
        return 3 + 4j
class Fl:
    def __float__(self):
        return 4.0
print(cmath.sqrt(Cx()), cmath.sqrt(Fl()), cmath.polar(Cx()))
inf, nan = float("inf"), float("nan")
for z in [complex(inf, nan), complex(-inf, 1), complex(inf, 1), complex(nan, 1), complex(1, inf), complex(-inf, nan), complex(nan, nan), complex(inf, 0), complex(-inf, 0)]:
    print(z, cmath.sqrt(z), cmath.log(z))
for z in [complex(-inf, 1), complex(inf, 1), complex(inf, 0), complex(nan, 0), complex(-inf, inf), complex(nan, 2)]:
    print(z, cmath.exp(z))
