# dataclass_churn: object churn with dataclasses (generated __init__/__eq__/ordering, frozen
# instances, defaults and default factories, dataclasses.replace) in a small inventory simulation.
# small-size: 2000
import sys
import time
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    qty: int = field(default=1, compare=False)
    tags: list = field(default_factory=list, compare=False)


@dataclass
class Order:
    ident: int
    location: Point
    items: list = field(default_factory=list)
    shipped: bool = False

    def total(self):
        return sum(it.qty * it.priority for it in self.items)


DEFAULT_SIZE = 150000


def bench(n):
    x = 3
    orders = []
    seen = set()
    moved = 0
    equal = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        loc = Point(x % 50, (x >> 8) % 50)
        if loc in seen:
            equal += 1
        seen.add(loc)
        order = Order(i, loc)
        for k in range(1 + x % 4):
            order.items.append(Item((x >> (k * 3)) % 10, "sku%d" % k, 1 + k))
        if x & 8:
            order.items[0].tags.append("fragile")
        if x & 16:
            order = replace(order, location=loc.moved(1, -1), shipped=True)
            moved += 1
        orders.append(order)
        if len(orders) > 1000:
            orders = orders[500:]
    kept = sorted((it for o in orders for it in o.items), reverse=True)
    top = kept[0]
    totals = sum(o.total() for o in orders)
    same = sum(1 for o in orders if o.items[0] == Item(o.items[0].priority, "other"))
    shipped = sum(1 for o in orders if o.shipped)
    far = max(orders, key=lambda o: (o.location.x + o.location.y, o.ident)).location
    return "dataclass_churn n=%d points=%d equal=%d moved=%d kept=%d top=%d totals=%d same=%d shipped=%d far=%r" % (
        n, len(seen), equal, moved, len(kept), top.priority, totals, same, shipped, far)


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
