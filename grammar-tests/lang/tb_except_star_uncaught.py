# conformance: whole-stderr
# except* that raises a new exception while handling part of a group: the group traceback.
def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), KeyError("missing")])


try:
    work()
except* ValueError:
    print("value errors handled")
except* KeyError as group:
    raise RuntimeError("could not recover") from group
