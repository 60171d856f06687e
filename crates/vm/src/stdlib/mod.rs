//! The modules the interpreter itself needs (`sys`, `gc`, `warnings`, `builtins`), the
//! standard streams, and the registry of modules written in Rust or bundled as Python source.

pub mod gc_module;
pub mod io;
pub mod sys;
pub mod types_module;
pub mod warnings;

use crate::value::Value;
use crate::vm::Vm;

/// Sets up a new VM: builtin types' methods, the builtins module, `sys`, and the module
/// registries.
pub fn install(vm: &mut Vm) {
    crate::objects::tuple::TUPLE_TYPE.with(|t| *t.borrow_mut() = Some(vm.types.tuple.clone()));
    crate::builtins::install(vm);
    sys::install(vm);
    vm.native_modules.insert("gc", gc_module::init);
    vm.native_modules.insert("warnings", warnings::init);
    vm.native_modules.insert("_types", types_module::init);
    vm.native_modules.insert("_thread", sys::thread_init);
    let init_sys: fn(&mut Vm) -> crate::vm::PyResult<crate::object::ObjRef> =
        |vm| Ok(vm.sys_module.clone());
    vm.native_modules.insert("sys", init_sys);
    let init_builtins: fn(&mut Vm) -> crate::vm::PyResult<crate::object::ObjRef> =
        |vm| Ok(vm.builtins_module.clone());
    vm.native_modules.insert("builtins", init_builtins);
    let modules = vm.modules.clone();
    let sys = Value::Obj(vm.sys_module.clone());
    let _ = vm.dict_set_item_str(&modules, "sys", sys);
    let b = Value::Obj(vm.builtins_module.clone());
    let _ = vm.dict_set_item_str(&modules, "builtins", b);
    for (name, source) in FROZEN {
        vm.frozen.insert(name, source);
    }
    io::install_methods(vm);
    types_module::install(vm);
    install_python_helpers(vm);
}

/// Standard-library modules written in Python (in `stdlib/python/`), compiled on first import.
const FROZEN: [(&str, &str); 2] = [
    ("__future__", include_str!("python/__future__.py")),
    ("types", include_str!("python/types.py")),
];

/// Helpers that are simplest to write in Python, compiled once at startup.
const HELPERS: &str = "\
class UnsupportedOperation(OSError, ValueError):
    # io.UnsupportedOperation: reading a file opened for writing, and the like.
    __module__ = 'io'
class anext_awaitable:
    # What anext(it, default) returns (CPython's anextawaitable): it awaits
    # it.__anext__() and turns its StopAsyncIteration into the default.
    def __init__(self, wrapped, default):
        self._wrapped = wrapped
        self._default = default
        self._it = None
    def _iter(self):
        if self._it is None:
            self._it = self._wrapped.__await__()
        return self._it
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        it = self._iter()
        try:
            if value is None:
                return next(it)
            return it.send(value)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None
    def throw(self, *args):
        try:
            return self._iter().throw(*args)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None
    def close(self):
        close = getattr(self._iter(), 'close', None)
        if close is not None:
            close()
anext_awaitable.__module__ = 'builtins'

class asyncgen_hooks(tuple):
    __slots__ = ()
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    @property
    def firstiter(self):
        return self[0]
    @property
    def finalizer(self):
        return self[1]
    def __repr__(self):
        return f'asyncgen_hooks(firstiter={self[0]!r}, finalizer={self[1]!r})'
asyncgen_hooks.__module__ = 'sys'

class _structseq_field:
    # A named field of a struct sequence: item `index`, read-only.
    __slots__ = ('index', '__doc__')
    def __init__(self, index):
        self.index = index
        self.__doc__ = None
    def __get__(self, obj, owner=None):
        return self if obj is None else obj[self.index]
    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

def _structseq(name, module, fields, values):
    # A struct sequence type (CPython's PyStructSequence) and its one instance.
    def __repr__(self):
        items = ', '.join(f'{f}={v!r}' for f, v in zip(fields, self))
        return f'{module}.{name}({items})'
    ns = {'__slots__': (), 'n_fields': len(fields), 'n_sequence_fields': len(fields),
          'n_unnamed_fields': 0, '__match_args__': fields, '__repr__': __repr__}
    for i, f in enumerate(fields):
        ns[f] = _structseq_field(i)
    cls = type(name, (tuple,), ns)
    cls.__module__ = module
    return tuple.__new__(cls, values)

class UnionType:
    # What `X | Y` gives for classes (types.UnionType): isinstance/issubclass accept it.
    __slots__ = ('__args__',)
    def __init__(self, args):
        self.__args__ = args
    def __or__(self, other):
        return _union(self, other)
    def __ror__(self, other):
        return _union(other, self)
    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)
    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)
    def __repr__(self):
        def name(t):
            if t is type(None):
                return 'None'
            if not isinstance(t, type):
                return repr(t)
            if t.__module__ == 'builtins':
                return t.__qualname__
            return f'{t.__module__}.{t.__qualname__}'
        return ' | '.join(name(t) for t in self.__args__)
UnionType.__module__ = 'types'

def _union(left, right):
    # `left | right` when one side is a class, a union or a generic alias; NotImplemented
    # otherwise.
    args = []
    for side in (left, right):
        if side is None:
            side = type(None)
        if isinstance(side, UnionType):
            items = side.__args__
        elif isinstance(side, (type, GenericAlias)):
            items = (side,)
        else:
            return NotImplemented
        for t in items:
            if t not in args:
                args.append(t)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))

# The attributes a generic alias answers itself; it forwards every other one to its origin
# (cf. genericaliasobject.c attr_exceptions).
_GA_OWN = frozenset(('__class__', '__origin__', '__args__', '__parameters__', '__mro_entries__',
                     '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__', '__unpacked__',
                     '__typing_unpacked_tuple_args__', '_ga_parameters'))

_GA_NAME = repr('types.GenericAlias')

def _ga_item_repr(p):
    # How an argument of a generic alias is shown (cf. ga_repr_item).
    if p is ...:
        return '...'
    try:
        if hasattr(p, '__origin__') and hasattr(p, '__args__'):
            return repr(p)
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'

class GenericAlias:
    # `list[int]` (types.GenericAlias): an origin class with type arguments. Calling it makes
    # an instance of the origin; other attributes are the origin's.
    __slots__ = ('__origin__', '__args__', '_ga_parameters')
    def __new__(cls, origin, args):
        self = object.__new__(cls)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args if type(args) is tuple else (args,))
        object.__setattr__(self, '_ga_parameters', None)
        return self
    def __getattribute__(self, name):
        if name in _GA_OWN:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)
    def __setattr__(self, name, value):
        if name in ('__origin__', '__args__', '__parameters__'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f'{_GA_NAME} object has no attribute {name!r}')
    __delattr__ = lambda self, name: GenericAlias.__setattr__(self, name, None)
    @property
    def __parameters__(self):
        params = self._ga_parameters
        if params is None:
            found = []
            for t in self.__args__:
                if isinstance(t, type):
                    continue
                if hasattr(t, '__typing_subst__'):
                    subs = (t,)
                else:
                    subs = getattr(t, '__parameters__', ())
                    if type(subs) is not tuple:
                        subs = ()
                for p in subs:
                    if p not in found:
                        found.append(p)
            params = tuple(found)
            object.__setattr__(self, '_ga_parameters', params)
        return params
    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        raise NotImplementedError('substituting type variables in a generic alias')
    def __repr__(self):
        args = self.__args__
        inner = ', '.join(_ga_item_repr(a) for a in args) if args else '()'
        return f'{_ga_item_repr(self.__origin__)}[{inner}]'
    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)
    def __or__(self, other):
        return _union(self, other)
    def __ror__(self, other):
        return _union(other, self)
    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)
GenericAlias.__module__ = 'types'

import sys as _sys
_sys.version_info = _structseq('version_info', 'sys',
    ('major', 'minor', 'micro', 'releaselevel', 'serial'), _sys.version_info)
_sys.float_info = _structseq('float_info', 'sys',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
_sys.int_info = _structseq('int_info', 'sys',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
    (30, 4, 4300, 640))
del _sys
";

fn install_python_helpers(vm: &mut Vm) {
    let dict = vm.new_dict_obj(Default::default());
    let b = Value::Obj(vm.builtins_module.clone());
    let _ = vm.dict_set_item_str(&dict, "__builtins__", b);
    let _ = vm.dict_set_item_str(&dict, "__name__", vm.new_str("builtins"));
    if let Ok(code) = vm.compile_source(HELPERS, "<pyasync helpers>", pyasync_compiler::Mode::Exec)
    {
        if vm.run_module_code(code, &dict).is_ok() {
            if let Some(f) = vm.dict_get_item_str(&dict, "anext_awaitable") {
                vm.anext_default = f;
            }
            if let Some(t) = vm.dict_get_item_str(&dict, "asyncgen_hooks") {
                vm.asyncgen_hooks_type = t;
            }
            if let Some(t) = vm.dict_get_item_str(&dict, "UnsupportedOperation") {
                vm.io_unsupported_operation = t;
            }
            if let Some(f) = vm.dict_get_item_str(&dict, "_union") {
                vm.type_union = f;
            }
            if let Some(t) = vm.dict_get_item_str(&dict, "GenericAlias") {
                vm.generic_alias_type = t;
            }
        }
    }
}

impl Vm {
    /// `anext(it, default)`: an awaitable that gives `default` at StopAsyncIteration.
    pub fn anext_with_default(
        &mut self,
        awaitable: Value,
        default: Value,
    ) -> crate::vm::PyResult<Value> {
        let class = self.anext_default.clone();
        self.call(
            &class,
            crate::builtins::functions::Args::new([awaitable, default]),
        )
    }
}
