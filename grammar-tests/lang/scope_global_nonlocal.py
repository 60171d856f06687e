# global and nonlocal declarations, UnboundLocalError, and class scopes skipping to globals.
counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print(counter)


def make():
    global created
    created = "yes"


make()
print(created)


def bad():
    print(counter)
    counter = 5


try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def nested():
    a = 1

    def change():
        nonlocal a
        a = 2

        def deeper():
            nonlocal a
            a += 10
        deeper()

    change()
    return a


print(nested())
x = "global x"


class K:
    x = "class x"

    def method(self):
        return x

    lst = [x for _ in range(1)]


print(K().method(), K.lst)


def deleter():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)


deleter()
try:
    print(undefined_name)
except NameError as e:
    print(e)
try:
    del undefined_too
except NameError as e:
    print(e)


def free_deleted():
    c = 1

    def use():
        return c
    del c
    try:
        use()
    except NameError as e:
        print(e)


free_deleted()
