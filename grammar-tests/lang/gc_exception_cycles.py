# Reference cycles through exceptions, their tracebacks, causes and contexts are reclaimed by
# the cycle collector, and not before: each Node records when it is freed.
import gc

freed = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def report(label):
    gc.collect()
    print(label, sorted(freed))
    freed.clear()


def cause_cycle():
    x = TypeError(Node("x"))
    y = ValueError(Node("y"))
    try:
        raise x from y
    except TypeError:
        pass
    y.__cause__ = x


def context_cycle():
    try:
        try:
            raise KeyError(Node("inner"))
        except KeyError:
            raise ValueError(Node("outer"))
    except ValueError as v:
        k = v.__context__
        print(type(k).__name__, k.__context__)
        k.__context__ = v


def inner():
    raise ValueError(Node("deep"))


def middle():
    inner()


def traceback_cycle():
    box = []
    try:
        middle()
    except ValueError as e:
        box.append(e)
        e.box = box
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print("traceback depth", depth)


def args_cycle():
    lst = [Node("in list")]
    err = LookupError("with list", lst)
    lst.append(err)


def generator_cycle():
    def gen():
        try:
            raise RuntimeError(Node("gen"))
        except RuntimeError as e:
            e.gen = g
            yield e

    g = gen()
    e = next(g)
    print("generator gave", type(e).__name__, e.gen is g)


def globals_cycle():
    # The exception's traceback holds the namespace the code ran in, which holds it.
    namespace = {"Node": Node}
    exec("try:\n    raise ValueError(Node('exec'))\nexcept ValueError as e:\n    saved = e\n", namespace)
    print("saved", type(namespace["saved"]).__name__)


def plain():
    # Raised, caught and dropped: freed at once, no collection needed.
    try:
        raise ValueError(Node("plain"))
    except ValueError:
        pass
    print("plain freed at once", freed)
    freed.clear()


plain()
for case in [cause_cycle, context_cycle, traceback_cycle, args_cycle, generator_cycle,
             globals_cycle]:
    case()
    print(case.__name__, "before collect", sorted(freed))
    report(case.__name__ + " after collect")


class Noisy(Exception):
    def __del__(self):
        print("noisy freed", self.args)


kept = Noisy("kept until exit")
try:
    raise Noisy("caught")
except Noisy as n:
    print("caught", n.args)
print("end")
