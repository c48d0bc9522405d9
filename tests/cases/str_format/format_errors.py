tests = [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{", (), {}), ("}", (), {}), ("{0!z}", (1,), {}), ("{:d}", ("s",), {}), ("{0[5]}", ([1],), {}), ("{0.nope}", (1,), {}), ("{:,s}", ("a",), {}), ("{!}", (1,), {}), ("{:=}", ("abc",), {}), ("{0:{1}}", (1,), {})]
for fmt, a, kw in tests:
    try:
        print(fmt.format(*a, **kw))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
