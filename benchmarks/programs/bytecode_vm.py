# bytecode_vm: a tiny stack-machine interpreter written in Python (an assembler with labels,
# a dispatch loop over tuples, locals, calls and returns) running small numeric programs.
# small-size: 2
import sys
import time

DEFAULT_SIZE = 70

(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, EQ, JMP, JZ, CALL, RET, POP, DUP, HALT, DIV) = range(17)

NAMES = {"push": PUSH, "load": LOAD, "store": STORE, "add": ADD, "sub": SUB, "mul": MUL,
         "mod": MOD, "lt": LT, "eq": EQ, "jmp": JMP, "jz": JZ, "call": CALL, "ret": RET,
         "pop": POP, "dup": DUP, "halt": HALT, "div": DIV}


def assemble(source):
    labels = {}
    raw = []
    for line in source.strip().split("\n"):
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(raw)
            continue
        parts = line.split()
        raw.append(parts)
    code = []
    for parts in raw:
        op = NAMES[parts[0]]
        arg = 0
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else int(a)
        code.append((op, arg))
    return code


def run(code, args):
    stack = []
    frames = []
    local = list(args) + [0] * (8 - len(args))
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(local[arg])
        elif op == STORE:
            local[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
        elif op == DIV:
            b = stack.pop()
            stack[-1] //= b
        elif op == LT:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] < b else 0
        elif op == EQ:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] == b else 0
        elif op == JMP:
            pc = arg
        elif op == JZ:
            if stack.pop() == 0:
                pc = arg
        elif op == CALL:
            frames.append((pc, local))
            local = [stack.pop()] + [0] * 7
            pc = arg
        elif op == RET:
            pc, local = frames.pop()
        elif op == POP:
            stack.pop()
        elif op == DUP:
            stack.append(stack[-1])
        elif op == HALT:
            return (stack[-1] if stack else 0), steps
        else:
            raise RuntimeError("bad opcode %d" % op)


# local 0 = limit; counts primes below limit by trial division, sums fib(k) mod m via a call.
PROGRAM = """
    push 0
    store 1          ; count
    push 2
    store 2          ; n
outer:
    load 2
    load 0
    lt
    jz done
    push 2
    store 3          ; d
inner:
    load 3
    load 3
    mul
    load 2
    lt
    load 3
    load 3
    mul
    load 2
    eq
    add
    jz prime
    load 2
    load 3
    mod
    jz notprime
    load 3
    push 1
    add
    store 3
    jmp inner
prime:
    load 1
    push 1
    add
    store 1
    load 2
    call fib
    load 1
    add
    store 1
notprime:
    load 2
    push 1
    add
    store 2
    jmp outer
done:
    load 1
    halt
; fib(local0 % 30) mod 1000 iteratively, result left on the stack
fib:
    load 0
    push 30
    mod
    store 0
    push 0
    store 1
    push 1
    store 2
fibloop:
    load 0
    jz fibdone
    load 1
    load 2
    add
    push 1000
    mod
    load 2
    store 1
    store 2
    load 0
    push 1
    sub
    store 0
    jmp fibloop
fibdone:
    load 1
    ret
"""


def bench(n):
    code = assemble(PROGRAM)
    total = 0
    steps = 0
    for i in range(n):
        r, s = run(code, [400 + i * 7])
        total += r
        steps += s
    return "bytecode_vm runs=%d result=%d steps=%d" % (n, total, steps)


def main():
    size = DEFAULT_SIZE
    inner = 0
    for arg in sys.argv[1:]:
        if arg.startswith("--inner="):
            inner = int(arg[len("--inner="):])
        else:
            size = int(arg)
    result = None
    for _ in range(max(inner, 1)):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if inner:
            print("#iter %.9f" % (t1 - t0))
    print(result)


main()
