# PEP 646 syntax in 3.12: x[*a] indexes with the tuple (*a,)
Ts = (int, str)
print(tuple[*Ts])
d = {}
d[*Ts] = 1
d[1, *Ts] = 2
print(d)
print(d[*Ts], d[(1, *Ts)])
del d[*Ts]
print(d)
class Show:
    def __getitem__(self, k):
        return k
print(Show()[*range(3)], Show()[*"ab", 5])
