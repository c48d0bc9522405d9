for src in ("a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, b = 1", "a, *b, c = [1]", "(a, b), c = [1, 2], 3", "a, = []", "a, b = {'k': 1}"):
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
class Inf:
    def __iter__(self):
        n = 0
        while True:
            n += 1
            yield n
try:
    a, b = Inf()
except ValueError as e:
    print(type(e).__name__, e)
