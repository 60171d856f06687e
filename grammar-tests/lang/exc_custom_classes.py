# Custom exception classes: extra attributes, overriding __init__/__str__, super().__init__ args.
class AppError(Exception):
    pass


class CodedError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


try:
    raise CodedError(404, "not found")
except AppError as e:
    print(type(e).__name__, e.code, str(e), repr(e), e.args)
n = NoSuper(1, 2)
print(n.args, repr(n), str(n))


class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"


print(repr(WithRepr("x")), str(WithRepr("x")))
try:
    raise AppError
except Exception as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)


class NotExc:
    pass


try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise AppError("x")
    except (KeyError, AppError) as e:
        print("tuple catch", repr(e))
        raise
except AppError as e:
    print("re-raised", repr(e))
err = AppError("stored")
try:
    raise err
except AppError as caught:
    print(caught is err)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError("v")
except TypeError as e:
    print(e)
except ValueError as e:
    print("ValueError: except clause not evaluated when nothing matches before", e)
try:
    try:
        raise ValueError("v")
    except 5:
        pass
except TypeError as e:
    print(e)
