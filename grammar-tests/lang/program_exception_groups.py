# A batch validator that collects failures into ExceptionGroups and handles them with except*.


class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


class MissingField(ValidationError):
    pass


def validate(record):
    errors = []
    if "name" not in record:
        errors.append(MissingField("name", "required"))
    elif not record["name"].isidentifier():
        errors.append(ValidationError("name", f"bad identifier {record['name']!r}"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age < 0:
        errors.append(ValidationError("age", "negative"))
    if errors:
        raise ExceptionGroup(f"record {record.get('name', '?')} invalid", errors)
    return record


def validate_all(records):
    failures = []
    good = []
    for r in records:
        try:
            good.append(validate(r))
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("batch failed", failures)
    return good


records = [
    {"name": "alice", "age": 30},
    {"age": 5},
    {"name": "bad name", "age": -1},
    {"name": "bob", "age": "old"},
]
try:
    validate_all(records)
except* MissingField as eg:
    print("missing:", [str(e) for g in eg.exceptions for e in g.exceptions])
except* ValidationError as eg:
    flat = []
    def walk(g):
        for e in g.exceptions:
            walk(e) if isinstance(e, BaseExceptionGroup) else flat.append(e)
    walk(eg)
    print("validation:", [(type(e).__name__, e.field) for e in flat])
except* TypeError as eg:
    print("type errors:", eg.message, len(eg.exceptions), repr(eg.exceptions[0].exceptions[0]))
print(validate_all(records[:1]))

eg = ExceptionGroup("top", [ValueError(1), KeyError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, OSError)))
print(eg.subgroup(ZeroDivisionError), len(eg.exceptions), str(eg))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as leftover:
    print("left over:", repr(leftover))
try:
    raise KeyError("plain")
except* KeyError as eg:
    print("plain exception wrapped:", repr(eg))
