a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a * b)
print(a + b, a - b, b - a)
print(a // 7, a % 7)
print(-a // 7, -a % 7)
print(divmod(b, a))
print(a ** 3)
print((a * b) // b == a)
print(2 ** 64 - 1, -(2 ** 63))
print(12345678901234567890 * 98765432109876543210)
