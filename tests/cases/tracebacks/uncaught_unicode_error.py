b"\xff\xfe".decode("ascii")
