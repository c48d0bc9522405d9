x, y = 3, "hi"
print(f"{x=}", f"{y=}", f"{x + 1=}", f"{x = }", f"{y=!s}", f"{x=:5}|", f"{3.14159=:.2f}", f"{y = !r:>6}")
items = [1, 2]
print(f"{items[0]=}", f"{len(items)=}", f"{x*2=}")
