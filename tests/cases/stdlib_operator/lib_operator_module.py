import operator
print(operator.add(1, 2), operator.__add__(3, 4), operator.itemgetter(1)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(repr(operator.itemgetter(0)), operator.itemgetter.__module__, operator.length_hint([1, 2]), operator.iadd([1], [2]))
print(sorted([('a', 2), ('b', 1)], key=operator.itemgetter(1)), operator.index(5), operator.is_none(None) if hasattr(operator, 'is_none') else 'no is_none')
