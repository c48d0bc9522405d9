# 3.12 f-strings: FSTRING_START / FSTRING_MIDDLE / FSTRING_END and the expression tokens
import io
import tokenize
from token import tok_name

SOURCES = [
    "f'hello'\n",
    "f'a{b}c'\n",
    "f'a{b!r:>{w}} {{x}} c'\n",
    "f'{x=}' f'{x=!r:>10}'\n",
    "f'''x\n{y}\nz'''\n",
    "f\"{'nested'} {f'{inner}'}\"\n",
    "rf'\\d{x}' fr'{y}\\n' F'{z}' Rf'' fR\"\"\n",
    "f'\\N{BULLET} {a}'\n",
    "f'{x:{y}}' f'{3.14:.{p}f}'\n",
    "f'{ {1: 2}[1] }' f'{lambda x: 1}' f'{(x:=1)}'\n",
    "f'{x:{y:{z}}}'\n",
    "f'{\n x\n}'\n",
    "f'''{\nx:a\nb}'''\n",
    "f'{a[\"b\"]}' f'{x}}}}}' f'{{{x}'\n",
    "f'é{ü}ö'\n",
]

for src in SOURCES:
    print("=" * 10, repr(src))
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        print(f"{tok_name[t.type]:15} {t.string!r:16} {t.start} {t.end} {t.line!r}")
