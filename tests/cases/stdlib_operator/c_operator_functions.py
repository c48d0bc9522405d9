import _operator as o
print(sorted(n for n in dir(o) if not n.startswith('__')))
print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 2), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.matmul.__name__)
print(o.lshift(1, 4), o.rshift(16, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3), o.neg(5), o.pos(-5), o.inv(5), o.invert(0), o.abs(-3), o.abs(-2.5))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 3), o.not_([]), o.truth([0]), o.is_(None, None), o.is_not(1, None))
print(o.index(7), o.concat([1], [2]), o.concat('a', 'b'), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1], 1), o.indexOf('abc', 'c'))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l, o.getitem(l, -1), o.getitem('hello', slice(1, 3)))
x = [1]; y = o.iadd(x, [2]); print(x, y is x, o.iconcat(x, (3,)), o.isub(5, 2), o.imul([0], 2), o.ipow(2, 3), o.ior({1}, {2}), o.iand(7, 2), o.ixor(1, 3), o.ilshift(1, 1), o.irshift(4, 1), o.imod(5, 2), o.itruediv(1, 4), o.ifloordiv(9, 2))
class L:
    def __len__(self): return 4
class H:
    def __length_hint__(self): return 7
class NI:
    def __length_hint__(self): return NotImplemented
print(o.length_hint([1, 2]), o.length_hint(L()), o.length_hint(H()), o.length_hint(NI(), 3), o.length_hint(__import__("itertools").repeat(1, 5)), o.length_hint(5, 11))
print(o.call(max, 1, 5, 2), o.call(sorted, [3, 1], reverse=True))
print(o._compare_digest('abc', 'abc'), o._compare_digest(b'abc', b'abd'), o._compare_digest(b'a', bytearray(b'a')), o._compare_digest('a', 'ab'))
tests = ['o.neg()', 'o.neg(1, 2)', 'o.add(1)', 'o.add(1, b=2)', 'o.concat(1, 2)', 'o.length_hint(1, "a")', 'o.indexOf([1], 2)',
         'o._compare_digest(1, 2)', 'o._compare_digest("\u00e9", "\u00e9")', 'o._compare_digest("a", b"a")', 'o.abs("a")', 'o.index("a")', 'o.countOf(1, 1)',
         'o.is_(1)', 'o.call()', 'o.truth()', 'o.length_hint()', 'o.iconcat(1, [1])', 'o.contains(1, 1)', 'o.add(1, "a")', 'o.truediv(1, 0)', 'o.getitem({}, 1)']
for t in tests:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '->', type(e).__name__, e)
class BadHint:
    def __length_hint__(self): return -1
class BadHint2:
    def __length_hint__(self): return 'x'
for b in (BadHint(), BadHint2()):
    try: o.length_hint(b)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
