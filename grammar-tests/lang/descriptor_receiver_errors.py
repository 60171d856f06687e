# Calling a builtin method on a receiver of the wrong type: slot wrappers (list.__len__) and
# method descriptors (list.append, dict.__contains__) word the TypeError differently.
for f, a in [(dict.__contains__, (1, 2)), (dict.__getitem__, (1, 2)), (list.__getitem__, (1, 0)), (str.__contains__, (1, "a")), (int.__round__, (1.5,)), (set.__contains__, (1, 2)), (list.__reversed__, (1,)), (int.__format__, (1.5, "")), (str.__len__, (1,))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
for f in (list.__len__, list.append, str.__add__, int.__neg__):
    try:
        f(3.5) if f is not list.append else f(3.5, 1)
    except TypeError as e:
        print(e)
