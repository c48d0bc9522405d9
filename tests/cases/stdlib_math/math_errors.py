import math

cases = [
    "math.sqrt(1, 2)", "math.sqrt()", "math.sqrt(x=1)", "math.atan2(1)", "math.floor(1, 2)",
    "math.log()", "math.log(1, 2, 3)", "math.pow(1)", "math.isclose(1)", "math.isclose(1, 2, 3)",
    "math.isclose(1, 2, tol=3)", "math.isclose(1, a=2)", "math.gcd(1.5)", "math.lcm(2, 'a')",
    "math.factorial(1.5)", "math.factorial(-1)", "math.factorial(10**30)", "math.sqrt('a')",
    "math.ldexp(1.0, 1.5)", "math.ldexp(1e308, 10)", "math.ldexp(1.0, 10**100)", "math.comb(1)",
    "math.comb(-1, 2)", "math.comb(3, -2)", "math.comb(1.0, 2)", "math.perm(1, 2, 3)",
    "math.perm(-1)", "math.perm(3, -1)", "math.prod()", "math.prod([1], 2)", "math.prod(5)",
    "math.fsum(1)", "math.hypot('a')", "math.hypot(x=1)", "math.dist(1, 2)", "math.dist((1, 2), (1,))",
    "math.sumprod([1], [1, 2])", "math.sumprod([1, 2], [1])", "math.sumprod([1, 2], [3, 'a'])",
    "math.sumprod(1, [1])", "math.nextafter(1)", "math.trunc('a')", "math.floor('a')",
    "math.isqrt(-1)", "math.isqrt(1.5)", "math.log(0)", "math.log(-1)", "math.log(0.0)",
    "math.log(-math.inf)", "math.log2(0)", "math.log10(-5)", "math.sqrt(-1)", "math.exp(1000)",
    "math.expm1(1000)", "math.cosh(1000)", "math.sinh(-1000)", "math.exp2(2000)",
    "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, abs_tol=-1)", "math.gamma(0)",
    "math.gamma(-1)", "math.gamma(-math.inf)", "math.gamma(200)", "math.lgamma(-1)", "math.lgamma(0)",
    "math.lgamma(1e308)", "math.cos(math.inf)", "math.sin(-math.inf)", "math.tan(math.inf)",
    "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.pow(0.0, -math.inf)",
    "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.remainder(math.inf, 1)",
    "math.atanh(1)", "math.atanh(-1)", "math.atanh(2)", "math.acosh(0.5)", "math.asin(2)", "math.acos(-1.5)",
    "math.log1p(-1)", "math.log1p(-2)", "math.log(10, 1)", "math.log(10, 0)", "math.log(0, 10)",
    "math.log(-2**2000)", "math.log('x')", "math.copysign('a', 1)", "math.frexp('a')",
    "math.modf(None)", "math.degrees([])", "math.isnan('nan')", "math.ulp('x')",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
