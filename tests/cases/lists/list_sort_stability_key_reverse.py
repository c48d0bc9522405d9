data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
a = [5, 2, 9, 1]
print(a.sort(), a, sorted(a, reverse=True), sorted("bca"), sorted({3: 1, 1: 2}), sorted([]))
nums = [3, -1, 2, -3, 1]
nums.sort(key=abs)
print(nums)
print(sorted([1.5, 1, True, 0, -0.0, 0.0]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
