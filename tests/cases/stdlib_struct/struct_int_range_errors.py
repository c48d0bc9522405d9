import _struct as struct
vals = [2**7, -2**7-1, 2**8, -1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, 1.5, "a", None, True]
for mode in "@<>=":
    for c in "bBhHiIlLqQnNP":
        out = []
        for v in vals:
            try:
                r = struct.pack(mode + c, v)
                out.append("ok")
            except struct.error as e:
                out.append("E:" + str(e))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
        print(mode, c, out)
