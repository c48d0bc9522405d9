class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
    def __str__(self):
        return f"[{self.table}] {self.args[0]}"
try:
    raise DbError("users", "locked")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.table, isinstance(e, Exception))
class NoInit(Exception):
    def __init__(self):
        pass
e = NoInit()
print(repr(e), e.args, str(e))
class WithRepr(Exception):
    def __repr__(self):
        return "custom repr"
print(repr(WithRepr("a")), str(WithRepr("a")))
