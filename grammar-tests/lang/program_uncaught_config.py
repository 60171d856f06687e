# A config-file validator that ends with an uncaught custom exception (exit 1).


class ConfigError(Exception):
    def __init__(self, key, problem):
        self.key = key
        self.problem = problem
        super().__init__(key, problem)

    def __str__(self):
        return f"[{self.key}] {self.problem}"


class MissingKey(ConfigError):
    def __init__(self, key):
        super().__init__(key, "is required")


SCHEMA = {
    "name": (str, True),
    "port": (int, True),
    "debug": (bool, False),
    "ratio": (float, False),
}


def parse_ini(text):
    section = "root"
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            out.setdefault(section, {})
            continue
        if "=" not in line:
            raise ConfigError(f"line {n}", f"expected key = value, got {line!r}")
        key, value = (part.strip() for part in line.split("=", 1))
        out.setdefault(section, {})[key] = value
    return out


def convert(kind, raw, key):
    if kind is bool:
        if raw.lower() in ("yes", "true", "1", "on"):
            return True
        if raw.lower() in ("no", "false", "0", "off"):
            return False
        raise ConfigError(key, f"not a boolean: {raw!r}")
    try:
        return kind(raw)
    except ValueError:
        raise ConfigError(key, f"not a valid {kind.__name__}: {raw!r}")


def validate(section):
    result = {}
    for key, (kind, required) in SCHEMA.items():
        if key not in section:
            if required:
                raise MissingKey(key)
            continue
        result[key] = convert(kind, section[key], key)
    unknown = sorted(set(section) - set(SCHEMA))
    if unknown:
        raise ConfigError(",".join(unknown), "unknown keys")
    return result


TEXT = """
; sample
[good]
name = web
port = 8080
debug = yes
[badport]
name = api
port = eighty
[noname]
port = 1
[extra]
name = x
port = 2
colour = red
size = 3
[badbool]
name = y
port = 3
debug = maybe
[last]
port = 9
"""
sections = parse_ini(TEXT)
print(list(sections))
for name in list(sections)[:-1]:
    try:
        print(name, validate(sections[name]))
    except MissingKey as e:
        print(name, "missing:", e, e.args)
    except ConfigError as e:
        print(name, "error:", e, repr(e.__context__))
try:
    parse_ini("[s]\njunk")
except ConfigError as e:
    print("parse:", e)
print("validating last section...")
validate(sections["last"])
print("not reached")
