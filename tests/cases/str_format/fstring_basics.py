name, n, pi = "Ada", 42, 3.14159
print(f"{name}", f"{name!r}", f"{n:5}|", f"{n:<5}|", f"{pi:.2f}", f"{n*2}", f"{'nested'}", f"{{lit}}", f"{n:#x}")
d = {"k": "v"}
print(f"{d['k']}", f"{[1, 2][1]}", f"{(lambda x: x + 1)(1)}", f"{n if n > 1 else 0}", f"{','.join(['a', 'b'])}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{pi:>{w}}|", f"{name:{'^'}{w}}|", f"{n:{'x'}}")
print(f"{'a' 'b'}", f"{n}" f"{n}", F"{n}", rf"\n{n}", f"{3.0!s:>5}", f"{name!a}")
print(f"{'é'!a}", f"{n:{w}}", f"""{
n
+ 1}""")
