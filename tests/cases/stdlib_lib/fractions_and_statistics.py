# fractions and statistics
from fractions import Fraction
import statistics as st
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("2.5"), Fraction(0.125), Fraction(1, 3) ** 2)
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), Fraction(-7, 3) // 1, Fraction(1, 3) < 0.34)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.variance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.quantiles(range(1, 11), n=4), st.fmean([1.5, 2.5]))
print(st.geometric_mean([1, 4]), st.harmonic_mean([40, 60]), st.multimode("aabbbcccc"), st.correlation([1, 2, 3], [2, 4, 7]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
