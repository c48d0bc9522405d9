results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("stop")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
