# conformance: whole-stderr
# An order processor whose failure escapes: a chained traceback through methods, a generator,
# a lambda and a nested function, printed in full.


class OrderError(Exception):
    pass


class Processor:
    def __init__(self, orders):
        self.orders = orders

    def totals(self):
        for order in self.orders:
            yield self.total(order)

    def total(self, order):
        price = lambda item: item["price"] * item["qty"]
        return sum(price(item) for item in order["items"])

    def run(self):
        results = []
        for n, t in enumerate(self.totals()):
            results.append(t)
        return results


def main():
    orders = [
        {"items": [{"price": 2, "qty": 3}]},
        {"items": [{"price": 5}]},
    ]
    def process():
        try:
            return Processor(orders).run()
        except KeyError as e:
            raise OrderError(f"order is missing {e}") from e
    try:
        print(process())
    finally:
        print("main cleanup")


print("start")
main()
