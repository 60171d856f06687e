# The forms __slots__ may take, name mangling, and the errors CPython raises.
def attempt(make):
    try:
        cls = make()
        print('ok', [k for k in vars(cls) if k not in ('__module__', '__doc__')])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def one_str():
    class S:
        __slots__ = 'only'
    return S


def a_list():
    class L:
        __slots__ = ['b', 'a']
    return L


def an_iterator():
    class I:
        __slots__ = iter(['p', 'q'])
    return I


def a_dict():
    class D:
        __slots__ = {'m': 'the m', 'k': 'the k'}
    return D


def private():
    class _Secret:
        __slots__ = ('__key', '__dunder__', '_single')
    return _Secret


def not_str():
    class N:
        __slots__ = ('a', 1)
    return N


def not_identifier():
    class N:
        __slots__ = ('1a',)
    return N


def conflict():
    class N:
        __slots__ = ('a',)
        a = 1
    return N


def mangled_conflict():
    class N:
        __slots__ = ('__a',)
        _N__a = 1
    return N


def method_conflict():
    class N:
        __slots__ = ['run']

        def run(self):
            pass
    return N


def two_dicts():
    class N:
        __slots__ = ('__dict__', '__dict__')
    return N


def two_weakrefs():
    class N:
        __slots__ = ('__weakref__', '__weakref__')
    return N


def not_iterable():
    class N:
        __slots__ = 5
    return N


def tuple_subclass():
    class N(tuple):
        __slots__ = ('a',)
    return N


def int_subclass():
    class N(int):
        __slots__ = ('a',)
    return N


def empty_for_int():
    class N(int):
        __slots__ = ()
    return N


def duplicates():
    class N:
        __slots__ = ('a', 'a')
    n = N()
    n.a = 5
    print('dup', n.a)
    return N


for f in [one_str, a_list, an_iterator, a_dict, private, not_str, not_identifier, conflict,
          mangled_conflict, method_conflict, two_dicts, two_weakrefs, not_iterable,
          tuple_subclass, int_subclass, empty_for_int, duplicates]:
    attempt(f)


class _Secret:
    __slots__ = ('__key',)

    def __init__(self):
        self.__key = 42

    def key(self):
        return self.__key


s = _Secret()
print(s.key(), s._Secret__key, _Secret.__slots__)
print(a_dict().m.__doc__)
