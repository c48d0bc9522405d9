# contextlib, textwrap, string
import contextlib, textwrap, string, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print(t)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 12))
print(textwrap.fill("one two three four five six", width=10))
print(repr(textwrap.dedent("    a\n      b\n    c")), textwrap.indent("x\ny", "> "), textwrap.shorten("Hello  world, how are you", 15))
print(string.ascii_letters, string.digits, string.punctuation)
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.capwords("hello   big world"), string.Formatter().format("{0}-{x}", 1, x=2))
try:
    string.Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
