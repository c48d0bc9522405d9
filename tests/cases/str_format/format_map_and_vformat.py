class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)), "{x}".format_map({"x": "y"}))
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print("{:>{}}".format("r", 4), "{0:{fill}^{width}}".format(7, fill="-", width=9), "{:%}".format(0.125))
