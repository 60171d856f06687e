# **rest: a new plain dict holding the items not named by the pattern, in the subject's order.
class Tagged(dict):
    tag = "tagged"

match Tagged(z=1, a=2, m=3, b=4):
    case {"a": _, "b": _, **rest}:
        print(rest, type(rest).__name__, hasattr(rest, "tag"))

match {"only": 1}:
    case {"only": v, **rest}:
        print(v, rest)

def split_options(opts):
    match opts:
        case {"verbose": bool(v), **others} if not others:
            return f"just verbose={v}"
        case {"verbose": bool(v), **others}:
            return f"verbose={v} and {sorted(others)}"
        case {**everything}:
            return f"no verbose flag: {everything}"

print(split_options({"verbose": True}))
print(split_options({"verbose": False, "color": 1, "width": 80}))
print(split_options({"verbose": "yes"}))
print(split_options({}))

# The captured rest is independent of the subject.
subject = {"a": [1], "b": [2]}
match subject:
    case {"a": a, **rest}:
        rest["b"].append(3)
        rest["c"] = 4
print(subject, rest, a is subject["a"])
