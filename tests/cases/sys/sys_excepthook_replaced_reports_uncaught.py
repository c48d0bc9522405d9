# an uncaught exception goes to a replaced sys.excepthook; exit status stays 1
import sys
print(sys.excepthook is sys.__excepthook__, callable(sys.displayhook))
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, type(tb.tb_lasti).__name__)
sys.excepthook = hook
def fail():
    raise ValueError("unhandled")
fail()
