g_value = "module"
def outer():
    g_value = "outer local"
    def inner():
        global g_value
        g_value = "set by inner"
        return g_value
    return inner(), g_value
print(outer(), g_value)
class K:
    global g_class
    g_class = "from class body"
print(g_class)
