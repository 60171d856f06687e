# calling methods of builtin types with too few/many arguments or keywords: CPython's exact texts.
tests = ["'x'.center()", "'x'.ljust()", "'x'.zfill()", "'x'.startswith()", "'x'.endswith()", "'x'.find()", "'x'.count()",
 "'x'.replace('a')", "'x'.split(1, 2, 3)", "'x'.join()", "'x'.strip(1, 2)", "'x'.partition()", "'x'.index()",
 "'x'.upper(1)", "'x'.isdigit(1)", "'x'.expandtabs('a')", "'x'.removeprefix()", "'x'.format_map()", "'x'.translate()",
 "'x'.center(width=3)", "[].append(object=1)", "{}.get(key=1)", "'x'.find(1, 2, 3, 4)", "[].insert(1)", "[].index()", "[].pop(1, 2)", "().index()", "().count()", "{}.get()", "{}.pop()", "{}.setdefault()",
 "{}.update(1, 2)", "{}.fromkeys()", "set().add()", "set().discard()", "set().remove()", "set().issubset()",
 "b''.find()", "b''.split(1)", "bytearray().append()"]
for t in tests:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
