# return/break/continue inside finally override or swallow the pending exception or return.
def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def ret_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_sees():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)


print(ret_in_finally(), ret_overrides(), finally_sees())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        if i == 1:
            print("continue swallows", i)
            continue
    print("loop", i)
while True:
    try:
        raise ValueError
    finally:
        print("break swallows")
        break


def nested():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner finally", i)
        finally:
            if i < 2:
                continue
    return "end"


print(nested())


def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)


print(counter())


def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("cleanup")


print(except_return())


def break_in_except():
    for i in range(5):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 2:
                break
    return i


print(break_in_except())
import sys
def exc_info_after():
    try:
        raise KeyError
    except KeyError:
        pass
    return sys.exc_info()


print(exc_info_after())
