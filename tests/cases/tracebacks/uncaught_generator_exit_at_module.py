def g():
    yield 1
raise GeneratorExit("escaped")
