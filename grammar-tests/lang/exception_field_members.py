# The fields of builtin exceptions are member descriptors of their classes.
print(type(OSError.__dict__['errno']).__name__, repr(OSError.errno))
print([k for k in vars(StopIteration) if not k.startswith('__')])
print([k for k in vars(OSError) if k in ('errno', 'strerror', 'filename', 'filename2')])
print(OSError.errno.__get__(OSError(5, 'five')), OSError.strerror.__objclass__.__name__)


class Stop(StopIteration):
    value = 'class level'


print(Stop(3).value, vars(Stop(3)))


class MyError(OSError):
    def __init__(self, code):
        super().__init__(code, 'custom')
        self.errno = code * 10
        self.extra = True


m = MyError(4)
print(m.errno, m.strerror, vars(m), m.args)
del m.errno
print(m.errno)
eg = ExceptionGroup('several', [ValueError(1), KeyError(2)])
print(eg.message, eg.exceptions, vars(eg))
try:
    eg.message = 'changed'
except AttributeError as e:
    print(repr(e))
try:
    del eg.exceptions
except AttributeError as e:
    print(repr(e))
try:
    OSError.errno.__get__(ValueError())
except TypeError as e:
    print(e)
a = AttributeError('msg')
print(a.name, a.obj)
a.name = 'set later'
print(a.name, vars(a))
n = NameError('x')
print(n.name, UnboundLocalError('y').name)
se = SystemExit()
print(se.code, SystemExit(1, 2).code)
