for i in range(5):
    if i == 3:
        break
    if i == 1:
        continue
    print("i", i)
else:
    print("no else")
for i in range(2):
    pass
else:
    print("else ran", i)
for x in []:
    print("never")
else:
    print("empty else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("done", n)
