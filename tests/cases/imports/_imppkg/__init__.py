print("init _imppkg", __name__, __package__)
VALUE = 10
