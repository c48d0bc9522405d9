names = [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError, RecursionError, StopIteration, StopAsyncIteration, KeyboardInterrupt, SystemExit, GeneratorExit, NotImplementedError, ModuleNotFoundError, UnboundLocalError, OverflowError, TabError, BrokenPipeError, ExceptionGroup, BaseExceptionGroup, TimeoutError, Warning, DeprecationWarning]
for n in names:
    print(n.__name__, [k.__name__ for k in n.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), IOError is OSError, EnvironmentError is OSError)
