def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except (ValueError, TypeError):
        return "value/type"
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError(), IndexError(), LookupError(), UnicodeError(), TypeError(), ZeroDivisionError()):
    print(classify(exc))
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
