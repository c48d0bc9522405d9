class A:
    def ping(self, n):
        return self.pong(n + 1)
    def pong(self, n):
        return self.ping(n + 1)
A().ping(0)
