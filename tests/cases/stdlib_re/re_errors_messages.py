# re.error messages from the parser (with positions), bad group references in templates,
# and the engine's TypeErrors/IndexErrors.
import re

bad = ["(", ")", "[a", "a**", "*a", "(?P<1>a)", "(?P<a>a)(?P<a>b)", r"\1", "(?<=a+)b",
       "a{2,1}", r"\k", "(?z)", "(?P=nope)", "[z-a]", "a\\", "(?", "(?<", "x{1", r"(a)(?(3)b)",
       "(?i", "(?-i)", "a{99999999999}", "(?#unterminated", r"[\d-z]"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except OverflowError as e:
        print(repr(p), "OverflowError", e)
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e, e.lineno, e.colno)
for repl in [r"\3", r"\g<x>", r"\g<1", r"\g<>", r"\g<-1>", "\\", r"\q"]:
    try:
        re.sub(r"(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.match(r"(a)", "a").expand(r"\2")
except re.error as e:
    print("expand", e)
for args in [(), ("a",), (1, "a")]:
    try:
        re.compile("a").match(*args[1:]) if args else re.compile("a").match()
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile("a").match("a", bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a").match("a", 0, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a").match("a", "0")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(1)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
print(isinstance(re.error("x"), Exception), re.error is re.PatternError if hasattr(re, "PatternError") else True)
