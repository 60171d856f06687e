# Patterns nest freely: classes in mappings in sequences, and so on.
class Node:
    __match_args__ = ("op", "args")

    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)

def evaluate(e):
    match e:
        case int(n) | float(n):
            return n
        case Node("+", [left, right]):
            return evaluate(left) + evaluate(right)
        case Node("*", [left, right]):
            return evaluate(left) * evaluate(right)
        case Node("-", [operand]):
            return -evaluate(operand)
        case Node("sum", [*terms]):
            return sum(evaluate(t) for t in terms)
        case Node(op, args):
            raise ValueError(f"unknown operator {op!r} with {len(args)} argument(s)")

tree = Node("+", Node("*", 2, 3), Node("-", Node("sum", 1, 2, 3.5)))
print(evaluate(tree))
try:
    evaluate(Node("/", 1, 2))
except ValueError as e:
    print("ValueError:", e)

def route(request):
    match request:
        case {"method": "GET", "path": ["users", str(uid)], "headers": {"auth": token}}:
            return f"get user {uid} with token {token}"
        case {"method": "POST", "path": ["users"], "body": {"name": str(name), **extra}}:
            return f"create {name} with {extra}"
        case {"method": method, "path": [*parts]}:
            return f"no route for {method} /{'/'.join(map(str, parts))}"

print(route({"method": "GET", "path": ["users", "42"], "headers": {"auth": "t0k"}}))
print(route({"method": "GET", "path": ["users", 42], "headers": {"auth": "t0k"}}))
print(route({"method": "POST", "path": ["users"], "body": {"name": "ann", "age": 3}}))
print(route({"method": "DELETE", "path": ("a", "b")}))
print(route({"method": "GET", "path": "users"}))

match [[[[1]]]]:
    case [[[[x]]]]:
        print("deep", x)
