# Needs the Lib import system (bisect.py re-exports _bisect).
import bisect

a = [1, 3, 3, 5]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 4))
bisect.insort(a, 4)
bisect.insort_left(a, 0)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
