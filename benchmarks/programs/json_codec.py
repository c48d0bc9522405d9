# json_codec: a pure-Python JSON encoder (escaping, nesting, floats) and recursive-descent
# decoder, round-tripping generated documents.
# small-size: 60
import sys
import time

DEFAULT_SIZE = 1500

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def encode_string(s):
    out = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(",")
            first = False
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in sorted(value):
            if not first:
                out.append(",")
            first = False
            out.append(encode_string(key))
            out.append(":")
            encode(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot encode %r" % (value,))


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


class Decoder(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ValueError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ValueError("expected ',' at %d" % self.pos)

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ValueError("expected ',' at %d" % self.pos)

    def string(self):
        text = self.text
        pos = self.pos + 1
        out = []
        while True:
            ch = text[pos]
            if ch == '"':
                self.pos = pos + 1
                return "".join(out)
            if ch == "\\":
                esc = text[pos + 1]
                if esc == "u":
                    out.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                else:
                    out.append(UNESCAPES[esc])
                    pos += 2
            else:
                out.append(ch)
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        is_float = False
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        self.pos = pos
        if is_float:
            return float(text[start:pos])
        return int(text[start:pos])


def loads(text):
    return Decoder(text).value()


def make_doc(i, x):
    items = []
    for j in range(8):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        items.append({
            "id": i * 100 + j,
            "name": "user-%d \"q\" \t\u00e9" % (x % 1000),
            "score": (x % 100000) / 8.0,
            "active": x & 1 == 1,
            "tags": ["t%d" % (x >> k & 15) for k in range(0, 12, 3)],
            "parent": None if j == 0 else i * 100 + j - 1,
        })
    return {"page": i, "items": items, "meta": {"count": len(items), "next": "/p/%d" % (i + 1)}}, x


def bench(n):
    x = 99
    total_len = 0
    score = 0.0
    ids = 0
    h = 0
    for i in range(n):
        doc, x = make_doc(i, x)
        text = dumps(doc)
        back = loads(text)
        if dumps(back) != text:
            raise RuntimeError("round trip failed")
        total_len += len(text)
        for item in back["items"]:
            score += item["score"]
            ids += item["id"]
        h = (h * 31 + len(back["items"][3]["name"]) + back["meta"]["count"]) % 1000000007
    return "json_codec n=%d chars=%d score=%.3f ids=%d h=%d" % (n, total_len, score, ids, h)


def main():
    size = DEFAULT_SIZE
    inner = 0
    for arg in sys.argv[1:]:
        if arg.startswith("--inner="):
            inner = int(arg[len("--inner="):])
        else:
            size = int(arg)
    result = None
    for _ in range(max(inner, 1)):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if inner:
            print("#iter %.9f" % (t1 - t0))
    print(result)


main()
