import cmath

inf = float("inf")
cases = ["cmath.sqrt('a')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log(0)", "cmath.exp(1000)", "cmath.log(1, 0)",
         "cmath.rect(1, inf)", "cmath.isclose(1)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.cosh(1000)",
         "cmath.sinh(-1000)", "cmath.exp(complex(1, inf))", "cmath.log(1 + 1j, 0j)", "cmath.sqrt(x=1)",
         "cmath.log(5, base=2)", "cmath.log10(0)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.rect(1)",
         "cmath.phase('x')", "cmath.polar(complex(1e308, 1e308) * 2)"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
