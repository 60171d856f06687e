# A tiny template engine: {{ var|filter }} substitution, {% for %} / {% if %} blocks compiled to
# a node tree, format_map with a missing-key-tolerant dict, translate/maketrans filters.


class TemplateError(Exception):
    pass


class Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "len": lambda v: str(len(v)),
    "strip": str.strip,
    "rot13": lambda s: s.translate(str.maketrans(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")),
    "nodigits": lambda s: s.translate(str.maketrans("", "", "0123456789")),
}


def tokenize(text):
    pos = 0
    while pos < len(text):
        start = min((i for i in (text.find("{{", pos), text.find("{%", pos)) if i >= 0), default=-1)
        if start < 0:
            yield ("text", text[pos:])
            return
        if start > pos:
            yield ("text", text[pos:start])
        closer = "}}" if text.startswith("{{", start) else "%}"
        end = text.find(closer, start)
        if end < 0:
            raise TemplateError(f"unclosed tag at {start}")
        kind = "var" if closer == "}}" else "tag"
        yield (kind, text[start + 2:end].strip())
        pos = end + 2


def parse(tokens, until=()):
    nodes = []
    for kind, value in tokens:
        if kind == "tag":
            word, *rest = value.split()
            if word in until:
                return nodes, word
            if word == "for":
                var, in_, seq = rest
                body, _ = parse(tokens, ("endfor",))
                nodes.append(("for", var, seq, body))
            elif word == "if":
                yes, ended = parse(tokens, ("else", "endif"))
                no = parse(tokens, ("endif",))[0] if ended == "else" else []
                nodes.append(("if", rest[0], yes, no))
            else:
                raise TemplateError(f"unknown tag {word!r}")
        else:
            nodes.append((kind, value))
    if until:
        raise TemplateError(f"missing {until[-1]}")
    return nodes, None


def lookup(ctx, path):
    value = ctx
    for part in path.split("."):
        if isinstance(value, dict):
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def render(nodes, ctx):
    out = []
    for node in nodes:
        match node:
            case ("text", s):
                out.append(s)
            case ("var", expr):
                name, *filters = [p.strip() for p in expr.split("|")]
                try:
                    value = str(lookup(ctx, name))
                except (KeyError, AttributeError):
                    value = f"<{name}?>"
                for f in filters:
                    if f not in FILTERS:
                        raise TemplateError(f"unknown filter {f!r}")
                    value = FILTERS[f](value)
                out.append(value)
            case ("for", var, seq, body):
                for i, item in enumerate(lookup(ctx, seq)):
                    out.append(render(body, ctx | {var: item, "loop": {"index": i + 1}}))
            case ("if", cond, yes, no):
                try:
                    truth = bool(lookup(ctx, cond))
                except KeyError:
                    truth = False
                out.append(render(yes if truth else no, ctx))
    return "".join(out)


def run(text, ctx):
    try:
        return render(parse(iter(tokenize(text)))[0], ctx)
    except TemplateError as e:
        return f"TemplateError: {e}"


ctx = {"user": {"name": "ada lovelace", "langs": ["python", "rust"]}, "admin": False, "n": 3}
print(run("Hello {{ user.name|title }}!", ctx))
print(run("{% for l in user.langs %}{{loop.index}}. {{ l|upper }} ({{ l|len }})\n{% endfor %}", ctx))
print(run("{% if admin %}root{% else %}guest{% endif %} / {% if n %}n={{n}}{% endif %}", ctx))
print(run("{{ missing }} {{ user.age }} {{ user.name|rot13 }}", ctx))
print(run("{{ x|bogus }}", {"x": 1}), run("{% while %}", {}), run("{% for a in b %}", {}), run("{{ open", {}))
print("{name} is {age}".format_map(Missing(name="bob")), "{0}{1}".format(*"ab"))
print(FILTERS["nodigits"]("r2d2 c3po"), "a-b_c".translate({ord("-"): " ", ord("_"): None}))
print(list(tokenize("a{{b}}c{%d%}")), str.maketrans({"a": "1"}))
