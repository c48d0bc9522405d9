print(chr(65), chr(0x1F600), chr(0), repr(chr(127)), ord("A"), ord("€"), ord(b"a"), ord(bytearray(b"z")))
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), bin(0), hex(2 ** 70), bin(True))
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: hex(1.5), lambda: bin("1"), lambda: ord(b"ab")):
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
