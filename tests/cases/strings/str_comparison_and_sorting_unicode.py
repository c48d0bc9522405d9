words = ["éclair", "apple", "Zebra", "zoo", "Äpfel", "ångström", "banana"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(min(words), max(words), "a" < "B", "Z" < "a", "ä" > "z")
print([ord(c) for c in "aZé"], sorted("hello world"), "".join(sorted(set("mississippi"))))
