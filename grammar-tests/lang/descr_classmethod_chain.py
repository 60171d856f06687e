# classmethod/staticmethod objects: __func__, __wrapped__, calling via instances and subclasses, __get__.
class K:
    @classmethod
    def c(cls, x=1):
        return cls.__name__, x

    @staticmethod
    def s(x=2):
        return x


class S(K):
    pass


cm = K.__dict__["c"]
sm = K.__dict__["s"]
print(cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__get__(None, S)(), sm.__get__(None, S)(), S().c(5), S.s())
print(callable(sm), sm(7))
print(K.c.__self__.__name__, S.c.__self__.__name__, S().c.__self__.__name__)
bound = K().c
print(bound(), bound.__func__ is cm.__func__)
print(isinstance(cm, classmethod), isinstance(sm, staticmethod))
