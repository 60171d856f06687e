# A hand-written JSON-like serializer, pretty printer and parser, round-tripping values.


class EncodeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def encode_str(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = "," if indent is not None else ", "
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + encode(v, indent, level + 1) for v in value]
        return "[" + sep.join(items) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise EncodeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + encode_str(k) + ": " + encode(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise EncodeError(f"Object of type {type(value).__name__} is not serializable")


def decode(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1

    def value():
        nonlocal pos
        skip()
        c = text[pos]
        if c == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = value()
                skip()
                assert text[pos] == ":", pos
                pos += 1
                result[key] = value()
                skip()
                pos += 1
                if text[pos - 1] == "}":
                    return result
        if c == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                pos += 1
                if text[pos - 1] == "]":
                    return result
        if c == '"':
            end = pos + 1
            chars = []
            while text[end] != '"':
                if text[end] == "\\":
                    nxt = text[end + 1]
                    chars.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    end += 2
                else:
                    chars.append(text[end])
                    end += 1
            pos = end + 1
            return "".join(chars)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "-+.0123456789eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)

    return value()


data = {
    "name": "widget \"pro\"",
    "tags": ["a", "b\tc"],
    "price": 12.5,
    "stock": 0,
    "active": True,
    "parent": None,
    "dims": {"w": 3, "h": [1, 2, {"deep": []}]},
    "empty": {},
}
compact = encode(data)
print(compact)
pretty = encode(data, indent=2)
print(pretty)
print(decode(compact) == data, decode(pretty) == data)
print(decode('[1, -2.5e3, "x\\ny", [true, false, null]]'))
for bad in ({1: 2}, [1, {2, 3}], object):
    try:
        encode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(encode("\x01bell"))
