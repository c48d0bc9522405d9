import _struct as struct
S = struct.Struct
cases = ["struct.pack('i')", "struct.pack('i', 1, 2)", "struct.pack('2i', 1)", "struct.pack('c', b'ab')", "struct.pack('c', 'a')",
 "struct.pack('c', 1)", "struct.pack('s', 'a')", "struct.pack('p', 1)", "struct.pack('f', 'x')", "struct.pack('f', 1e300)", "struct.pack('e', 1e10)",
 "struct.pack('d', None)", "struct.pack('z', 1)", "struct.pack('3', 1)", "struct.pack(5, 1)", "struct.calcsize('i i')", "struct.calcsize('2 i')",
 "struct.unpack('i', b'abc')", "struct.unpack('i', 'abcd')", "struct.unpack_from('i', b'abc')", "struct.unpack_from('i', b'abcdef', 3)",
 "struct.unpack_from('i', b'abcdef', -7)", "struct.unpack_from('i', b'abcdef', -2)", "struct.unpack_from('i', b'abcdef', offset=2)",
 "struct.pack_into('i', bytearray(3), 0, 1)", "struct.pack_into('i', bytearray(6), 4, 1)", "struct.pack_into('i', bytearray(6), -7, 1)",
 "struct.pack_into('i', bytearray(6), -2, 1)", "struct.pack_into('i', b'abcdef', 0, 1)", "struct.pack_into('i', bytearray(6), 0)",
 "struct.pack_into('i', bytearray(6))", "struct.iter_unpack('i', b'abcde')", "struct.iter_unpack('', b'')", "struct.iter_unpack('i', 5)",
 "struct.calcsize('@bi')", "struct.calcsize('=bi')", "struct.calcsize('@ib')", "struct.calcsize('@b0i')", "struct.calcsize('@bq5sP?e')", "struct.calcsize('0s')",
 "struct.pack('@bi', 1, 2)", "struct.pack('3s', b'abcdef')", "struct.pack('5s', b'ab')", "struct.pack('5p', b'abcdefg')", "struct.pack('0p', b'ab')", "struct.pack('1p', b'ab')",
 "struct.unpack('5p', b'\\x09abcd')", "struct.pack('?', [])", "struct.pack('?', 'x')", "struct.unpack('?', b'\\x05')", "struct.pack('e', 1.5)", "struct.pack('<e', 65504.0)", "struct.pack('<e', 65520.0)", "struct.pack('<e', 1e-8)",
 "struct.unpack('<e', b'\\x00\\x7c')", "struct.unpack('<e', b'\\x01\\x7c')", "struct.pack('>f', 3.4e38)", "struct.pack('>f', 3.5e38)", "struct.pack('>f', float('inf'))", "struct.pack('>d', float('nan'))",
 "struct.pack('s', bytearray(b'ab'))", "struct.pack('c', bytearray(b'a'))", "struct.unpack('c', b'a')", "struct.pack('x')", "struct.pack('2x')", "struct.pack('x', 1)",
 "struct.pack('i', 1.0)", "struct.pack('P', -1)", "struct.unpack('P', b'\\xff'*8)", "struct.calcsize('99999999999999999999i')", "struct.unpack(b'<i', memoryview(b'abcd'))",
 "struct.pack('<i', True)", "struct.pack('<q', 2**63-1)", "struct.error.__module__", "struct.error.__mro__", "struct.unpack('<f', struct.pack('<f', 0.1))",
 "struct.pack('<4s', 'ab')", "struct.unpack_from('<h', buffer=b'abc', offset=1)", "struct.pack('\\u1234', 1)", "struct.calcsize('<')", "struct.calcsize('')", "struct.pack(b'<h', 1)",
 "struct.Struct('i').unpack_from(b'abcd', 1)", "struct.Struct('<i').pack_into(bytearray(8), 2, 5)", "struct.pack_into('<i', memoryview(bytearray(8)), 2, 5)",
 "struct.pack('<2h3s', 1, 2, b'xyz')", "struct.unpack('<2h3s', b'\\x01\\x00\\x02\\x00xyz')", "struct.calcsize(' < i ')", "struct.calcsize('<i ')", "struct.pack('<i', 2**31)",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
