import binascii as b

print(b.hexlify(b"\x00\x01\xfe\xff"), b.b2a_hex(bytearray(b"abc")), b.hexlify(memoryview(b"xyz")))
print(b.hexlify(b"abcde", ":", 2), b.hexlify(b"abcde", b":", -2), b.hexlify(b"abcdef", "-", 3), b.hexlify(b"abc", sep=":", bytes_per_sep=1), b.hexlify(b"", "-"), b.hexlify(b"ab", "_", 0))
print(b.unhexlify("0001feff"), b.a2b_hex(b"aBcD"), b.unhexlify(bytearray(b"41")), b.unhexlify(""))
for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))]:
    enc = b.b2a_base64(data)
    print(enc, b.a2b_base64(enc) == data, b.b2a_base64(data, newline=False))
print(b.a2b_base64("YWJj"), b.a2b_base64(b"YW Jj\n"), b.a2b_base64(b"YWI="), b.a2b_base64(b"YQ=="), b.a2b_base64(b"YQ==extra"), b.a2b_base64(b"Y!W@J#j"))
print(b.a2b_base64(b"YWJj==", strict_mode=True), b.a2b_base64(b"YWI=", strict_mode=True))
for data in [b"", b"x", b"hello world", bytes(range(45))]:
    enc = b.b2a_uu(data)
    print(enc, b.a2b_uu(enc) == data, b.b2a_uu(data, backtick=True))
print(b.a2b_uu(b""), b.a2b_uu(b"#86)C\n"), b.a2b_uu(b"#86)C  \n"), b.a2b_uu(b"``\n"))
print(b.crc32(b""), b.crc32(b"hello"), b.crc32(b"world", b.crc32(b"hello ")), b.crc32(b"hello world"), b.crc32(b"abc", -1), b.crc32(b"abc", 2**32 + 7))
print(b.crc_hqx(b"", 0), b.crc_hqx(b"hello", 0), b.crc_hqx(b"123456789", 0xffff), b.crc_hqx(b"abc", 2**40 + 5))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
cases = ["b.hexlify(b'abc', '--')", "b.hexlify('abc')", "b.hexlify(b'abc', 5)", "b.unhexlify('abc')",
         "b.unhexlify('zz')", "b.unhexlify('\\u00e9\\u00e9')", "b.unhexlify(5)", "b.a2b_base64('YWJj\\u00e9')",
         "b.b2a_base64('abc')", "b.a2b_base64(b'YQ')", "b.a2b_base64(b'YWJjZ')", "b.a2b_base64(b'a')",
         "b.a2b_base64(b'=YWJj', strict_mode=True)", "b.a2b_base64(b'YW=Jj', strict_mode=True)",
         "b.a2b_base64(b'YWI=x', strict_mode=True)", "b.a2b_base64(b'YW!Jj', strict_mode=True)",
         "b.b2a_uu(b'x' * 46)", "b.a2b_uu(b'!\\x01')", "b.a2b_uu(b'!80 x')", "b.crc_hqx(b'abc')",
         "b.crc32('abc')", "b.b2a_base64(b'a', True)", "b.hexlify(b'a', sep='\\u00e9')"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
try:
    b.unhexlify("0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
