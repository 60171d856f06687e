# assert with and without message; the message expression is evaluated only on failure.
def msg():
    print("message built")
    return "custom"


assert True, msg()
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], msg()
except AssertionError as e:
    print(repr(e))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
print(__debug__)
assert 0, "final failure"
