# _stat / stat: constants, S_IS* predicates, S_IMODE/S_IFMT, filemode, argument errors
import _stat, stat, os

for a in [-1, 2**40, "x", 1.0, True]:
    try:
        print(_stat.S_ISDIR(a), _stat.filemode(a))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for m in [0o40755, 0o100644, 0o120777, 0o4755 | 0o100000, 0o1777 | 0o40000, 0o2755 | 0o100000, 0,
          0o20666, 0o60660, 0o10644, 0o140755, 0o4644 | 0o100000, 0o1666 | 0o40000, 0o2644 | 0o100000]:
    print(oct(m), _stat.filemode(m), stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
                                 stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(m)])
print(stat.S_ISDIR(os.stat(".").st_mode), stat.S_ISREG(os.stat(".").st_mode))
print(stat.S_IRWXU, stat.S_IRUSR, stat.S_IFREG, stat.S_IFLNK, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_APPEND)
print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
for f in [lambda: _stat.S_ISDIR(), lambda: _stat.filemode(1, 2), lambda: _stat.S_IMODE(mode=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
