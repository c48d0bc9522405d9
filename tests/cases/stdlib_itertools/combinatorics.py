from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])), list(product()), list(product('ab', repeat=2)), list(product([], 'a')))
print(list(product(range(2), repeat=0)), len(list(product(range(3), range(4), range(5)))))
for bad in ("product(x=1)", "product([1], repeat=-1)", "product(1)"):
    try: eval(bad)
    except (TypeError, ValueError) as e: print(bad, type(e).__name__, e)
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
for bad in ("combinations()", "combinations([1])", "combinations(1, 2, 3)", "combinations([1], r=1, x=2)", "combinations([1], 2, r=1)",
            "combinations([1], -1)", "permutations([1], -1)", "permutations([1], 'a')", "combinations_with_replacement([1], -1)",
            "combinations([1], 'a')", "permutations([1], x=2)"):
    try: eval(bad)
    except (TypeError, ValueError) as e: print(bad, type(e).__name__, e)
print(list(permutations('abc', r=None))[:2], list(combinations(iterable='abc', r=2)))
print(type(product()).__name__, type(permutations('')).__name__, type(combinations('', 0)).__name__)
