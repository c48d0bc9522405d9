# binary_trees: allocate and walk many short-lived binary trees beside one long-lived tree
# (allocation and garbage-collector pressure), with tuple nodes and class nodes.
# small-size: 10
import sys
import time

DEFAULT_SIZE = 15


class Node(object):
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def check_tuple_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tuple_tree(left) + check_tuple_tree(right)


def make_node_tree(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(make_node_tree(depth - 1, 2 * value), make_node_tree(depth - 1, 2 * value + 1), value)


def sum_node_tree(node):
    if node.left is None:
        return node.value
    return node.value + sum_node_tree(node.left) + sum_node_tree(node.right)


def bench(max_depth):
    min_depth = 4
    stretch = check_tuple_tree(make_tuple_tree(max_depth + 1))
    long_lived = make_tuple_tree(max_depth)
    total = stretch
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tuple_tree(make_tuple_tree(depth))
        total += check
    values = 0
    for i in range(1 << (max_depth - 10 if max_depth > 10 else 0)):
        values += sum_node_tree(make_node_tree(12, i)) % 1000003
    total += check_tuple_tree(long_lived)
    return "binary_trees depth=%d nodes=%d values=%d" % (max_depth, total, values)


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
