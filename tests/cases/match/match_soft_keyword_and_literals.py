match = [1, 2]
case = "still a name"
print(match, case)
match match:
    case [1, _]:
        print("matched soft keyword var")
def lit(v):
    match v:
        case -1.5:
            return "neg float"
        case 1 + 2j:
            return "complex"
        case "a" "b":
            return "concat"
        case b"by":
            return "bytes"
        case False:
            return "False"
        case 0:
            return "zero"
    return "none"
for v in (-1.5, 1 + 2j, "ab", b"by", False, 0, 0.0, None):
    print(repr(v), lit(v))
