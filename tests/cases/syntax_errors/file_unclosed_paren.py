print("never")
result = (1 +
    2
