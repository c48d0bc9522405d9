print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" in "cat", "" in "x", "at" not in "cat")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "abc" == "abc", max("hello"), min("hello"))
print(len("héllo😀"), ord("😀"), chr(128512), "x".__len__())
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
