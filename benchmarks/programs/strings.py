# strings: string building, slicing, searching, replacing, case mapping and formatting
# (%-format, str.format, f-strings, join), checksummed with our own rolling hash.
# small-size: 2000
import sys
import time

DEFAULT_SIZE = 300000


def rolling(s, h):
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def bench(n):
    h = 7
    parts = []
    for i in range(n):
        name = "item%d" % i
        line = "{0:>10}|{1:08.3f}|{2:x}".format(name, i / 7.0, i * 2654435761 & 0xFFFF)
        line = f"{line}|{name.upper()[::-1]}|{i % 97:03d}"
        parts.append(line)
    text = "\n".join(parts)
    lines = text.split("\n")
    total = 0
    for line in lines:
        fields = line.split("|")
        total += len(fields[0].strip()) + int(fields[2], 16)
        if fields[3].startswith("3"):
            total += 1
        total += fields[1].find(".")
    replaced = text.replace("ITEM", "it").replace("|", ";")
    h = rolling(replaced[::97], h)
    words = " ".join(lines[i][-3:] for i in range(0, len(lines), 3))
    h = rolling(words.title(), h)
    pieces = ""
    for i in range(n // 10):
        pieces += str(i)[-1]
        if len(pieces) > 500:
            h = rolling(pieces[100:200].swapcase(), h)
            pieces = pieces[250:]
    count = text.count("item1")
    centred = "%-12s|%12s|%s" % ("left", "right", "x".center(9, "*"))
    return "strings n=%d len=%d total=%d count=%d hash=%d fmt=%s" % (
        n, len(text), total, count, h, centred)


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
