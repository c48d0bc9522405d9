ba = bytearray(b"hello")
ba[0] = 74
ba[1:3] = b"EE"
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.insert(1, 88); ba.remove(69); ba.reverse()
print(ba, ba.decode(), bytes(ba))
del ba[0:2]
print(ba, ba * 2, ba.copy() == ba, ba.find(b"E"))
ba.clear()
print(ba, bytearray(b"abc") == b"abc", b"abc" < b"abd", bytearray(b"x") + b"y")
for f in (lambda: ba.pop(), lambda: bytearray(b"a").remove(99), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").__setitem__(0, "x"), lambda: hash(bytearray(b"a"))):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
