try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("implicit")
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("none") from None
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
