import sys
print(sys.argv, len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1, -sys.maxsize - 1)
print(type(sys.argv).__name__, sys.argv[0])
