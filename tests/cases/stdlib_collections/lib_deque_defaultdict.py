import collections, collections.abc, copy, pickle
from collections import deque, defaultdict
d = deque([1, 2, 3], maxlen=5)
print(d, collections.deque is deque, deque.__module__)
print(copy.copy(d), copy.deepcopy(deque([[1], [2]])), pickle.loads(pickle.dumps(d)))
dd = defaultdict(list, a=[1])
dd['b'].append(2)
print(dd, copy.copy(dd), copy.deepcopy(dd), pickle.loads(pickle.dumps(dd)))
print(isinstance(dd, collections.abc.MutableMapping), isinstance(d, collections.abc.MutableSequence))
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree(); t['a']['b']['c'] = 1
print(t['a']['b'], type(t['a']).__name__)
