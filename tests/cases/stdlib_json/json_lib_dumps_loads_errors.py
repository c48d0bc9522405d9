import json
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'é\n', 'c': {}}, sort_keys=True))
print(json.dumps([1, {'x': 'y'}], indent=2))
print(json.dumps('é', ensure_ascii=False), json.dumps(float('inf')))
print(json.loads('{"a": [1, 2.5e3, null, true, "\\u00e9"], "b": {"c": -0}}'))
for bad in ['[1,', '{"a" 1}', '{"a":1,}', '"abc', '[1 2]', 'nul', '', '{"a":1} x', '"\\x"', '"\\u12"']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), e, e.pos, e.lineno, e.colno)
try: json.dumps({1: {2}})
except TypeError as e: print(e)
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
print(json.loads('[1.5, 2]', parse_float=str), json.loads('{"a":1}', object_pairs_hook=list))

