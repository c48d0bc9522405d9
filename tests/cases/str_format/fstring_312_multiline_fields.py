# PEP 701: newlines and comments inside replacement fields, even in single-quoted f-strings.
x, y = 3, 4
print(f"{x  # the first
   + y  # the second
}")
print(f"sum={
    x +
    y
}!")
s = f'''a{
    x
}b{y}c
d'''
print(repr(s))
print(f"{[
    1,  # one
    2,  # two
]}")
print(f"{x
=}")
print(f"{x # comment
=}")
print(("a"
       f"{x}"  # between parts
       "b"))
t = f"{x}" \
    "tail"
print(t)
def where():
    return f"{1 / 0
    }"
try:
    where()
except ZeroDivisionError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)
    print(type(e).__name__, [f.lineno for f in tb][-1])
# CRLF line breaks inside f-strings read as "\n", as in plain strings
exec("c = f'''a\r\n{x}b{y\r\n=}'''\r\nprint(repr(c))\r\nr = rf'''\\\r\n{x}'''\r\nprint(repr(r))\r\n")
