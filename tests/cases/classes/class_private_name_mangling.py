class A:
    __secret = 1
    def __init__(self):
        self.__hidden = 2
    def get(self):
        return self.__secret, self.__hidden
class B(A):
    def peek(self):
        try:
            return self.__hidden
        except AttributeError as e:
            return str(e)
b = B()
print(b.get(), b._A__hidden, A._A__secret, sorted(k for k in vars(b)), b.peek())
print(hasattr(A, "__secret"), "_A__secret" in A.__dict__)
