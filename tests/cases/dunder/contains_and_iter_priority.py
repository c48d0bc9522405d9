class Both:
    def __contains__(self, x):
        print("__contains__", x)
        return True
    def __iter__(self):
        print("__iter__ used")
        return iter([])
print(5 in Both(), 5 not in Both())
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly())
class ContainsNonBool:
    def __contains__(self, x):
        return "truthy string"
print(1 in ContainsNonBool(), 1 not in ContainsNonBool())
