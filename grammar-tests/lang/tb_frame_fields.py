# A caught exception's traceback links: tb_frame (the same object each time it is read),
# its code, line and globals, tb_lineno and the chain through tb_next.


def inner(x):
    if x:
        raise ValueError(f"bad {x!r}")
    return x


def outer(x):
    return inner(x) + 1


try:
    outer("v")
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        f = tb.tb_frame
        finished = f.f_code.co_name != "<module>"
        print(f is tb.tb_frame, type(f).__name__, f.f_code.co_name, tb.tb_lineno, finished and f.f_lineno)
        print(f.f_globals is globals(), tb.tb_lasti >= 0)
        names.append(f.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(e.__traceback__.tb_frame.f_code.co_filename.endswith("tb_frame_fields.py"))

for i in range(3):
    try:
        {}[i]
    except KeyError as e:
        print(repr(e), e.__traceback__.tb_next is None, e.__traceback__.tb_lineno)


def again():
    try:
        outer(1)
    except ValueError as e:
        saved = e
        raise
    return saved


try:
    again()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
outer([])
outer([0])
