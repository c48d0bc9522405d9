counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
def make_new():
    global brand_new
    brand_new = "created"
bump(); bump()
make_new()
print(counter, read(), brand_new)
def local_shadow():
    counter = 99
    return counter
print(local_shadow(), counter)
