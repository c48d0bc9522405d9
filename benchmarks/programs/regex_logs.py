# regex_logs: regular-expression parsing of synthetic web-server log lines (match, groups,
# findall, sub, split), with aggregation by status, level and path.
# small-size: 3000
import re
import sys
import time

DEFAULT_SIZE = 120000

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/api/users", "/api/orders/%d", "/static/app.js", "/login", "/api/items/%d/reviews"]
STATUSES = [200, 200, 200, 201, 204, 301, 404, 500, 503]

LINE_RE = re.compile(
    r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] host=(\S+) "
    r"(GET|POST|PUT|DELETE) (\S+) status=(\d{3}) time=(\d+)ms(?: user=(\w+))?$")
ID_RE = re.compile(r"/(\d+)")
WORD_RE = re.compile(r"[a-z]+")


def make_lines(n):
    x = 5
    lines = []
    methods = ["GET", "POST", "PUT", "DELETE"]
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        path = PATHS[x % len(PATHS)]
        if "%d" in path:
            path = path % (x >> 10 & 4095)
        line = "2024-%02d-%02d %02d:%02d:%02d [%s] host=srv%d %s %s status=%d time=%dms" % (
            1 + x % 12, 1 + x % 28, x % 24, (x >> 3) % 60, (x >> 5) % 60,
            LEVELS[(x >> 7) % 4], (x >> 9) % 16, methods[(x >> 11) % 4], path,
            STATUSES[(x >> 13) % len(STATUSES)], (x >> 2) % 2000)
        if x & 4:
            line += " user=u%d" % ((x >> 6) % 300)
        lines.append(line)
    return lines


def bench(n):
    lines = make_lines(n)
    by_status = {}
    by_level = {}
    slow = 0
    ids = 0
    users = set()
    words = 0
    for line in lines:
        m = LINE_RE.match(line)
        if m is None:
            raise RuntimeError("unparsed line: " + line)
        status = int(m.group(11))
        by_status[status] = by_status.get(status, 0) + 1
        level = m.group(7)
        by_level[level] = by_level.get(level, 0) + int(m.group(12))
        if int(m.group(12)) > 1500:
            slow += 1
        for d in ID_RE.findall(m.group(10)):
            ids += int(d)
        if m.group(13):
            users.add(m.group(13))
        words += len(WORD_RE.findall(m.group(10)))
    masked = re.sub(r"srv(\d+)", r"host\1", lines[-1])
    masked = re.sub(r"\d", "#", masked)
    fields = len(re.split(r"\s+", lines[0]))
    status_text = ",".join("%d:%d" % kv for kv in sorted(by_status.items()))
    level_text = ",".join("%s:%d" % kv for kv in sorted(by_level.items()))
    return "regex_logs n=%d slow=%d ids=%d users=%d words=%d fields=%d status=%s levels=%s last=%s" % (
        n, slow, ids, len(users), words, fields, status_text, level_text, masked)


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
