srcs = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**r, 'k': 1}:\n        pass\n",
    "match x:\n    case f():\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
