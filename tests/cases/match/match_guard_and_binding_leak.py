def m(v):
    match v:
        case (x, y) if x > y:
            return "desc", x, y
        case (x, y):
            return "asc", x, y
print(m((3, 1)), m((1, 3)))
match [1, 2]:
    case [a, b] if False:
        pass
    case _:
        pass
print("a bound after failed guard:", a, b)
calls = []
def guard(x):
    calls.append(x)
    return x == 2
match 2:
    case 1 | 2 if guard(2):
        print("guard ok", calls)
