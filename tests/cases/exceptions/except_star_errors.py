for src in ("try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",):
    try:
        exec(src)
        print("compiled")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for bad in ("try:\n    pass\nexcept* ValueError:\n    break\n", "try:\n    pass\nexcept*:\n    pass\n", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"):
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
