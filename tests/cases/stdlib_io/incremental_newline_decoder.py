# _io.IncrementalNewlineDecoder with and without a wrapped decoder
import _io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


n = _io.IncrementalNewlineDecoder(None, True)
print(repr(n.decode("a\r")), n.getstate(), repr(n.decode("\nb\r", True)), n.newlines, n.getstate())
t("bytes input", lambda: n.decode(b"x"))
n.reset()
print(n.newlines, n.getstate())
t("no args", lambda: _io.IncrementalNewlineDecoder())
n = _io.IncrementalNewlineDecoder(None, False)
for piece in ["x\r", "\r", "\n", "y\n", "z\r\n", ""]:
    print(repr(n.decode(piece, final=(piece == ""))), n.newlines)
n.setstate((b"", 1))
print(repr(n.decode("q")), n.getstate())


class Dec:
    def __init__(self):
        self.buf = b""

    def decode(self, data, final=False):
        self.buf += data
        out, self.buf = self.buf.decode("ascii"), b""
        return out

    def getstate(self):
        return (self.buf, 3)

    def setstate(self, st):
        print("setstate", st)

    def reset(self):
        print("reset")


n = _io.IncrementalNewlineDecoder(Dec(), translate=True)
print(repr(n.decode(b"a\r\nb\r")), n.getstate(), n.newlines)
n.setstate((b"zz", 7))
n.reset()
