# conformance: whole-stderr
# A failing __enter__ is reported at the with statement's line, without carets under the
# context expression (BEFORE_WITH carries the statement's location, as in CPython).
class Manager:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise ValueError("enter failed")
        return self

    def __exit__(self, *exc):
        return False


def caught():
    try:
        with Manager(False), Manager(True):
            pass
    except ValueError as e:
        print("caught", e, e.__traceback__.tb_next.tb_lineno)


caught()


def uncaught():
    with Manager(False) as first, Manager(True) as second:
        print(first, second)


uncaught()
