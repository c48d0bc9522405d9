def boom():
    yield 1
    raise ValueError("inside iteration")
try:
    for x in boom():
        print("got", x)
except ValueError as e:
    print("propagated", e)
class StopsWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(StopsWithValue()))
try:
    sorted(boom())
except ValueError as e:
    print("sorted propagated", e)
