# except* on nested groups keeps the structure; sys.exc_info inside; ExceptionGroup in except*.
import sys
inner = ExceptionGroup("inner", [ValueError("a"), KeyError("b")])
try:
    try:
        raise ExceptionGroup("outer", [inner, ValueError("c"), OSError("d")])
    except* ValueError as g:
        print(repr(g))
        print(repr(sys.exc_info()[1]))
    except* OSError as g:
        print(repr(g))
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* Exception as g:
    print("all", repr(g))
count = 0
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError:
    count += 1
print("handler ran", count, "time")
