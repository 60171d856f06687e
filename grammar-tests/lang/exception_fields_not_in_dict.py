# The fields CPython keeps in builtin exceptions are not in their __dict__.
e = StopIteration(5)
print(vars(e), e.value, e.__dict__)
o = OSError(2, 'No such file', 'x.txt')
print(vars(o), o.errno, o.strerror, o.filename, o.filename2)
o.errno = 3; print(o.errno, vars(o))
del o.errno; print(o.errno)
s = SyntaxError('bad', ('f.py', 1, 2, 'text', 1, 3))
print(vars(s), s.lineno, s.offset, s.msg, s.text)
a = AttributeError('x')
print(a.name, a.obj, vars(a))
a2 = AttributeError('x', name='n', obj=1)
print(a2.name, a2.obj, vars(a2))
try: object().zz
except AttributeError as e2: print(e2.name, vars(e2))
i = ImportError('m', name='mod', path='p')
print(vars(i), i.name, i.path, i.msg)
se = SystemExit(3); print(se.code, vars(se))
n = NameError('x', name='q'); print(n.name, vars(n))
class MyErr(OSError): pass
m = MyErr(1, 'one'); m.extra = 1
print(vars(m), m.errno)
print(m.__reduce__())
print(StopIteration(7).__reduce__())
eg = ExceptionGroup('msg', [ValueError(1)])
print(vars(eg), eg.message, eg.exceptions)
e3 = ValueError(1); e3.add_note('note'); print(vars(e3))
try:
    import nosuchmodule
except ImportError as ie: print(vars(ie), ie.name)
try: compile('x x', 'f', 'exec')
except SyntaxError as sy: print(vars(sy), sy.lineno, sy.offset)
def g():
    yield 1
    return 9
it = g(); next(it)
try: next(it)
except StopIteration as st: print(st.value, vars(st))
