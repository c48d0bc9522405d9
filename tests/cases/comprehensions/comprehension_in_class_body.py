class C:
    base = 10
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        shifted = [i + base for i in items]
    except NameError as e:
        shifted = "NameError: " + str(e)
    pairs = [(i, j) for i in items for j in [base]] if False else None
print(C.doubled, C.shifted)
