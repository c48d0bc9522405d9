def parse(s):
    return int(s)
print("before")
parse("abc")
print("never")
