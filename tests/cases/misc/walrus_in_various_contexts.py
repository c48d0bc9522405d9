import sys
if (n := 10) > 5 and (m := n * 2):
    print(n, m)
print([y := 5, y ** 2], (z := "tuple"), {(k := "key"): k})
def f(x=(d := "default")):
    return x
print(f(), d)
while (chunk := [1, 2, 3][: (w := 2)]) and w:
    print(chunk)
    break
try:
    exec("x := 5")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def g(a := 1): pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
