x = 2.5
print(x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), x.__trunc__(), x.__neg__(), x.__abs__(), x.__pow__(2), x.__mod__(2), x.__divmod__(2))
print((3.0).__eq__(3), (3.0).__lt__(4), (3.0).__eq__("3"), (3.0).__hash__() == hash(3), (2.5).__int__(), (2.5).__float__(), float.__new__(float, "1.5"))
print(float.__getformat__("double"), (1.0).__getnewargs__())
