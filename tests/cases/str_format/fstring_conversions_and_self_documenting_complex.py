class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p=}", f"{p=!s}", f"{p = }")
vals = [1, 2]
print(f"{vals[0] + vals[1] = }", f"{'\t'.join(map(str, vals))}", f"{len(vals):03}", f"{vals!r:>10}")
w = 7
print(f"{3.14159:{w}.{w - 4}f}|", f"{'x':{'<'}{w}}|", f"{{{w}}}", f"{w:{''}}")
