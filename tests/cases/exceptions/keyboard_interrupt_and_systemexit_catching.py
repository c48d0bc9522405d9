def run(exc):
    try:
        raise exc
    except Exception:
        return "Exception"
    except BaseException as e:
        return "BaseException " + type(e).__name__
for exc in (KeyboardInterrupt, SystemExit(5), GeneratorExit, ValueError, BaseExceptionGroup("x", [KeyboardInterrupt()])):
    print(run(exc))
try:
    raise SystemExit("message")
except SystemExit as e:
    print(repr(e.code), e.args)
