a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98)
print(a, len(a), a.index(2), a.count(1), a.pop(), a.pop(0), a)
a.remove(98); a.reverse()
print(a, a.copy(), a[:], a * 2, [0] * 3, a + [7], 2 in a, 10 not in a)
a.clear()
print(a, list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
