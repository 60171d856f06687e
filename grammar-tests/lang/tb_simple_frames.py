# conformance: whole-stderr
# An uncaught exception through three frames: File/line/function lines and quoted source.
def level3(x):
    return x["missing"]


def level2(x):
    return level3(x) + 1


def level1():
    data = {"present": 1}
    return level2(data)


print("start")
level1()
