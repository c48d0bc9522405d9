# os, os.path, pathlib, shutil, tempfile, glob over a scratch directory
import os, os.path, pathlib, shutil, tempfile, glob
base = tempfile.mkdtemp(prefix="ferrite_case_")
try:
    p = pathlib.Path(base)
    (p / "a.txt").write_text("hello\nworld\n")
    (p / "sub").mkdir()
    (p / "sub" / "b.py").write_bytes(b"print(1)\n")
    print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, "sub")), os.path.getsize(p / "a.txt"))
    print((p / "a.txt").read_text().splitlines(), (p / "a.txt").suffix, (p / "sub" / "b.py").stem, p.joinpath("x", "y").relative_to(p))
    print(sorted(q.name for q in p.iterdir()), sorted(os.path.relpath(g, base) for g in glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
    shutil.copy(p / "a.txt", p / "c.txt")
    shutil.copytree(p / "sub", p / "sub2")
    print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
    os.rename(p / "c.txt", p / "d.txt")
    st = os.stat(p / "d.txt")
    print(st.st_size, st[6], oct(st.st_mode & 0o777) != "", os.path.exists(p / "c.txt"))
    walked = [(os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(base)]
    print(sorted(walked))
    with open(p / "d.txt", "a") as fh:
        fh.write("more\n")
    with open(p / "d.txt") as fh:
        print(fh.readlines())
    try:
        os.remove(p / "missing")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(p / "sub")
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    print(os.path.splitext("x/y.tar.gz"), os.path.normpath("a//b/../c/."), os.path.join("a", "/b", "c"), os.sep, os.fspath(pathlib.PurePosixPath("q/r")))
    print(os.environ.get("FERRITE_NOT_SET", "default"), "PATH" in os.environ, os.getcwd() == os.path.abspath("."), os.getpid() > 0)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
