# Closures capture variables, not values; late binding in loops; cells shared between closures.
def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())


def unbound():
    def read():
        return y
    try:
        read()
    except NameError as e:
        print(e)
    y = 1
    return read()


print(unbound())
print(make_counter.__closure__, inc.__code__.co_name)
