# An inventory system: products with validated properties, class/static methods, __lt__ via
# total ordering written by hand, sorting with keys, and a formatted stock report.


class OutOfStock(Exception):
    def __init__(self, product, wanted):
        super().__init__(product, wanted)
        self.product, self.wanted = product, wanted

    def __str__(self):
        return f"only {self.product.qty} of {self.product.sku} left, {self.wanted} wanted"


def total_ordering(cls):
    def le(a, b):
        r = a.__lt__(b)
        return r if r is NotImplemented else r or a == b
    def gt(a, b):
        r = a.__lt__(b)
        return r if r is NotImplemented else not r and a != b
    def ge(a, b):
        r = a.__lt__(b)
        return r if r is NotImplemented else not r
    for name, fn in (("__le__", le), ("__gt__", gt), ("__ge__", ge)):
        if name not in cls.__dict__:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


@total_ordering
class Product:
    count = 0

    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name = sku, name
        self.price = price
        self.qty = qty
        Product.count += 1

    @classmethod
    def parse(cls, line):
        sku, name, price, qty = [p.strip() for p in line.split("|")]
        return cls(sku, name, float(price), int(qty))

    @staticmethod
    def money(x):
        return f"${x:,.2f}"

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"price of {self.sku} cannot be negative")
        self._price = round(value, 2)

    @property
    def value(self):
        return self.price * self.qty

    def take(self, n):
        if n > self.qty:
            raise OutOfStock(self, n)
        self.qty -= n
        return self.price * n

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __lt__(self, other):
        if not isinstance(other, Product):
            return NotImplemented
        return (self.value, self.sku) < (other.value, other.sku)

    __hash__ = None

    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.qty}>"


DATA = """A100 | Widget | 2.50 | 100
B200 | Gadget | 19.99 | 7
C300 | Doohickey | 0.99 | 1500
D400 | Thingamajig | 149.00 | 2
E500 | Whatsit | 5.25 | 0"""
stock = [Product.parse(line) for line in DATA.splitlines()]
print(Product.count, stock)
print(sorted(stock), max(stock), min(stock).sku)
print(stock[0] <= stock[1], stock[3] > stock[2], stock[4] >= stock[4], Product.__ge__.__name__)
revenue = stock[0].take(10) + stock[2].take(500)
print(Product.money(revenue))
for sku, n in (("B200", 8), ("E500", 1), ("D400", 2)):
    p = next(p for p in stock if p.sku == sku)
    try:
        print("sold", Product.money(p.take(n)))
    except OutOfStock as e:
        print("OutOfStock:", e, e.args[1])
try:
    stock[1].price = -1
except ValueError as e:
    print(e)
try:
    stock[0] < 5
except TypeError as e:
    print("TypeError:", e)
print(f"{'SKU':<6}{'NAME':<13}{'PRICE':>9}{'QTY':>6}{'VALUE':>12}")
for p in sorted(stock, key=lambda p: (-p.value, p.name)):
    flag = " (empty)" if not p.qty else ""
    print(f"{p.sku:<6}{p.name:<13}{Product.money(p.price):>9}{p.qty:>6}{Product.money(p.value):>12}{flag}")
print(f"{'':<34}{Product.money(sum(p.value for p in stock)):>12}")
print(stock[0] == Product("A100", "copy", 1), stock[0] in [Product("A100", "x", 0)], Product.count)
