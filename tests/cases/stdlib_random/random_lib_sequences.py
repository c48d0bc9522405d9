# Needs the Lib import system (random.py over _random).
import random

random.seed(42)
print(random.random())
random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.randrange(0, 100, 7))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.uniform(1, 2), random.getrandbits(70))
print([round(random.gauss(0, 1), 12) for _ in range(4)], round(random.normalvariate(5, 2), 12))
print(random.choices("abc", weights=[1, 2, 3], k=6), random.triangular(0, 10))
random.seed("hello")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(3.5)
print(random.random())
r = random.Random(7)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]))
import pickle
r2 = pickle.loads(pickle.dumps(r))
print(r2.random() == r.random())
print(random.Random(5).randbytes(6), random.Random(9).expovariate(1.0))
