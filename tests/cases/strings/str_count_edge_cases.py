print("".count(""), "abc".count("", 1), "abc".count("", 4), "ababab".count("aba"), "abc".count("c", -1))
print("a" * 5 == "aaaaa", ("ab" * 3).find("ba", 2), "xyz".rfind("", 1, 2), "mississippi".replace("ss", "SS", 1))
print("mississippi".split("s"), "mississippi".rsplit("s", 2), "mississippi".rsplit(None), " a b ".rsplit(None, 1))
