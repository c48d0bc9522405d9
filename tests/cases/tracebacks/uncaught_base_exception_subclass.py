class Abort(BaseException):
    pass
print("raising BaseException subclass")
raise Abort("stop now")
