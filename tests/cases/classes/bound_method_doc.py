# a bound method's __doc__ is its function's (None when the function has no docstring)
class T:
    def plain(self):
        pass

    def documented(self):
        """Says something."""


print(T().plain.__doc__)
print(T().documented.__doc__)
print(T.plain.__doc__, T.documented.__doc__)
