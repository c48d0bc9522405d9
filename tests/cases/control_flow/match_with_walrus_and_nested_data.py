events = [("click", {"x": 1, "y": 2}), ("key", {"code": 13}), ("key", {"code": 27}), ("scroll", {}), "bad"]
for ev in events:
    match ev:
        case ("click", {"x": x, "y": y}) if (s := x + y) > 2:
            print("click sum", s)
        case ("key", {"code": 13 | 10 as code}):
            print("enter", code)
        case ("key", {"code": code}):
            print("other key", code)
        case (kind, _):
            print("unhandled", kind)
        case _:
            print("garbage", ev)
