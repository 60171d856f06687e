# try/except/else/finally: which blocks run in which order.
def run(raise_it, catch_it):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise ValueError
        except (ValueError if catch_it else KeyError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log


for r in (False, True):
    for c in (False, True):
        print(r, c, run(r, c))


def order():
    try:
        print("try")
    finally:
        print("finally")
    print("after")


order()
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("from handler")
    finally:
        print("finally during handler exception")
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise KeyError("a")
    finally:
        print("finally only")
except KeyError:
    print("outer KeyError")
x = None
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x *= 2
print(x)
try:
    raise ValueError("in try")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
