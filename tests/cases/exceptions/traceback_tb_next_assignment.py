# tb_next is writable (unittest trims its own frames this way): None, a traceback, errors
import sys


def inner():
    raise ValueError("x")


def outer():
    inner()


try:
    outer()
except ValueError:
    tb = sys.exc_info()[2]

n = 0
t = tb
while t is not None:
    n += 1
    t = t.tb_next
print("depth", n)
second = tb.tb_next
tb.tb_next = second.tb_next
print(tb.tb_next is second.tb_next)
tb.tb_next = None
print(tb.tb_next)
for bad in [1, "x"]:
    try:
        tb.tb_next = bad
    except TypeError as e:
        print("TypeError", e)
tb.tb_next = second
try:
    second.tb_next = tb
except ValueError as e:
    print("ValueError", e)
try:
    del tb.tb_next
except TypeError as e:
    print("TypeError", e)
