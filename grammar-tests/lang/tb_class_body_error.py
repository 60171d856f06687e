# conformance: whole-stderr
# An error while executing a class body: the frame is named after the class.
def helper():
    return {}["k"]


class Config:
    name = "c"
    value = helper()
