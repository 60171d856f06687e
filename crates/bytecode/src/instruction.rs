//! The instruction set: one enum, one documented variant per opcode.
//!
//! Each variant's doc gives its operand and its stack effect, written `[before] -> [after]` with
//! the top of the stack on the right. Operands are inline (`LoadFast(3)`), so an instruction is
//! 8 bytes and needs no EXTENDED_ARG. Jump targets are absolute instruction indices.
//!
//! The set follows CPython 3.11 (`Python/bytecodes.c` in 3.12 documents the same semantics),
//! simplified where pyasync's VM does the work elsewhere: no RESUME/PRECALL/CACHE entries, no
//! MAKE_CELL/COPY_FREE_VARS (frames set up cells when they are created), no RETURN_GENERATOR
//! (calling a generator function wraps the new frame without running it).

/// The binary operators of `BinaryOp`, in-place forms included (CPython's `NB_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOperator {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOperator {
    /// The operator as written in source (`"+"`, `"+="`).
    pub fn symbol(self) -> &'static str {
        use BinaryOperator::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    /// The plain operator behind an in-place one (`InplaceAdd` → `Add`).
    pub fn base(self) -> BinaryOperator {
        use BinaryOperator::*;
        match self {
            InplaceAdd => Add,
            InplaceAnd => And,
            InplaceFloorDivide => FloorDivide,
            InplaceLshift => Lshift,
            InplaceMatrixMultiply => MatrixMultiply,
            InplaceMultiply => Multiply,
            InplaceRemainder => Remainder,
            InplaceOr => Or,
            InplacePower => Power,
            InplaceRshift => Rshift,
            InplaceSubtract => Subtract,
            InplaceTrueDivide => TrueDivide,
            InplaceXor => Xor,
            other => other,
        }
    }

    pub fn is_inplace(self) -> bool {
        (self as u8) >= BinaryOperator::InplaceAdd as u8
    }
}

/// The rich comparisons of `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ComparisonOperator {
    Less = 0,
    LessEqual = 1,
    Equal = 2,
    NotEqual = 3,
    Greater = 4,
    GreaterEqual = 5,
}

impl ComparisonOperator {
    pub fn symbol(self) -> &'static str {
        match self {
            ComparisonOperator::Less => "<",
            ComparisonOperator::LessEqual => "<=",
            ComparisonOperator::Equal => "==",
            ComparisonOperator::NotEqual => "!=",
            ComparisonOperator::Greater => ">",
            ComparisonOperator::GreaterEqual => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> ComparisonOperator {
        match self {
            ComparisonOperator::Less => ComparisonOperator::Greater,
            ComparisonOperator::LessEqual => ComparisonOperator::GreaterEqual,
            ComparisonOperator::Equal => ComparisonOperator::Equal,
            ComparisonOperator::NotEqual => ComparisonOperator::NotEqual,
            ComparisonOperator::Greater => ComparisonOperator::Less,
            ComparisonOperator::GreaterEqual => ComparisonOperator::LessEqual,
        }
    }
}

/// Where a `GetAwaitable` sits, for CPython's error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum AwaitableWhere {
    /// A plain `await`.
    Await = 0,
    /// The result of `__aenter__` in `async with`.
    AfterAenter = 1,
    /// The result of `__aexit__` in `async with`.
    AfterAexit = 2,
}

/// Flags of `MakeFunction`: which optional items sit below the code object.
pub mod make_function {
    pub const DEFAULTS: u8 = 0x01;
    pub const KW_DEFAULTS: u8 = 0x02;
    pub const ANNOTATIONS: u8 = 0x04;
    pub const CLOSURE: u8 = 0x08;
}

/// Flags of `FormatValue`.
pub mod format_value {
    /// Mask of the conversion: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    pub const CONVERSION_MASK: u8 = 0x03;
    pub const CONVERT_STR: u8 = 0x01;
    pub const CONVERT_REPR: u8 = 0x02;
    pub const CONVERT_ASCII: u8 = 0x03;
    /// A format spec string sits on top of the value.
    pub const HAS_SPEC: u8 = 0x04;
    /// The result is a part of a `BuildString`, which takes a machine int as its decimal
    /// text: a plain `{n}` field of an int may leave the int as it is (no str object made).
    pub const IN_BUILD: u8 = 0x08;
}

/// One instruction. `#[repr(u8)]` with explicit discriminants: the numbers are stable and
/// appear in the disassembly's raw form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Instruction {
    // ---- stack manipulation -------------------------------------------------------------
    /// Does nothing.
    Nop = 0,
    /// `[a] -> []`
    PopTop = 1,
    /// Pushes a copy of the n-th item (1 = top): `[x, ..(n-1 items)] -> [x, .., x]`.
    Copy(u32) = 2,
    /// Swaps the top with the n-th item (n ≥ 2): `[x, .., top] -> [top, .., x]`.
    Swap(u32) = 3,
    /// Pushes an empty slot used as "no self" by `CallMethod`: `[] -> [NULL]`.
    PushNull = 4,

    // ---- constants and variables --------------------------------------------------------
    /// `[] -> [consts[i]]`
    LoadConst(u32) = 10,
    /// `[] -> [fast[i]]`; UnboundLocalError if unbound.
    LoadFast(u32) = 11,
    /// `[v] -> []`, `fast[i] = v`.
    StoreFast(u32) = 12,
    /// Unbinds `fast[i]`; UnboundLocalError if unbound.
    DeleteFast(u32) = 13,
    /// `[] -> [cell.contents]` for the cell or free variable in slot i (NameError/
    /// UnboundLocalError if empty).
    LoadDeref(u32) = 14,
    /// `[v] -> []`, sets the contents of the cell in slot i.
    StoreDeref(u32) = 15,
    /// Empties the cell in slot i.
    DeleteDeref(u32) = 16,
    /// In a class body: the name from the class namespace if there, else the free cell in
    /// slot i. `[] -> [v]`
    LoadClassDeref(u32) = 17,
    /// Pushes the cell object itself (to build a closure): `[] -> [cell]`.
    LoadClosure(u32) = 18,
    /// `[] -> [globals[names[i]] or builtins[names[i]]]`; NameError if neither.
    LoadGlobal(u32) = 19,
    /// `[v] -> []`, `globals[names[i]] = v`.
    StoreGlobal(u32) = 20,
    /// `del globals[names[i]]`.
    DeleteGlobal(u32) = 21,
    /// Module/class level lookup: locals, then globals, then builtins. `[] -> [v]`
    LoadName(u32) = 22,
    /// `[v] -> []`, `locals[names[i]] = v`.
    StoreName(u32) = 23,
    /// `del locals[names[i]]`.
    DeleteName(u32) = 24,

    // ---- attributes and subscripts ------------------------------------------------------
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32) = 30,
    /// `[v, obj] -> []`, `obj.names[i] = v`.
    StoreAttr(u32) = 31,
    /// `[obj] -> []`, `del obj.names[i]`.
    DeleteAttr(u32) = 32,
    /// Looks up a method without binding it: `[obj] -> [func, obj]` when `obj.names[i]` is a
    /// plain method found on the type, else `[obj] -> [attr, NULL]`. Paired with `CallMethod`.
    LoadMethod(u32) = 33,
    /// `[container, key] -> [container[key]]`
    BinarySubscr = 34,
    /// `[v, container, key] -> []`, `container[key] = v`.
    StoreSubscr = 35,
    /// `[container, key] -> []`, `del container[key]`.
    DeleteSubscr = 36,
    /// `[start, stop] -> [slice]` (n = 2) or `[start, stop, step] -> [slice]` (n = 3).
    BuildSlice(u32) = 37,

    // ---- operators ----------------------------------------------------------------------
    /// `[a] -> [-a]`
    UnaryNegative = 40,
    /// `[a] -> [+a]`
    UnaryPositive = 41,
    /// `[a] -> [not a]`
    UnaryNot = 42,
    /// `[a] -> [~a]`
    UnaryInvert = 43,
    /// `[a, b] -> [a op b]`
    BinaryOp(BinaryOperator) = 44,
    /// `[a, b] -> [a cmp b]`
    CompareOp(ComparisonOperator) = 45,
    /// `[a, b] -> [a is b]` (`is not` when the flag is set).
    IsOp(bool) = 46,
    /// `[a, b] -> [a in b]` (`not in` when the flag is set).
    ContainsOp(bool) = 47,

    // ---- building containers ------------------------------------------------------------
    /// `[a1..an] -> [(a1, .., an)]`
    BuildTuple(u32) = 50,
    /// `[a1..an] -> [[a1, .., an]]`
    BuildList(u32) = 51,
    /// `[a1..an] -> [{a1, .., an}]`
    BuildSet(u32) = 52,
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32) = 53,
    /// `[v1..vn, keys_tuple] -> [dict(zip(keys, values))]`
    BuildConstKeyMap(u32) = 54,
    /// `[s1..sn] -> [s1 + .. + sn]` (all are str).
    BuildString(u32) = 55,
    /// `[list, .. (i-1 items), v] -> [list, ..]` with v appended (comprehensions, displays).
    ListAppend(u32) = 56,
    /// `[set, .., v] -> [set, ..]` with v added.
    SetAdd(u32) = 57,
    /// `[dict, .., k, v] -> [dict, ..]` with `dict[k] = v`.
    MapAdd(u32) = 58,
    /// `[list, .., iterable] -> [list, ..]` extended.
    ListExtend(u32) = 59,
    /// `[set, .., iterable] -> [set, ..]` updated.
    SetUpdate(u32) = 60,
    /// `[dict, .., mapping] -> [dict, ..]` updated (dict displays: `{**m}`).
    DictUpdate(u32) = 61,
    /// Like `DictUpdate` but raises on duplicate keys (call-site `**kwargs`). The callable sits
    /// below the dict, at depth i + 2, for the error message.
    DictMerge(u32) = 62,
    /// `[list] -> [tuple(list)]`
    ListToTuple = 63,
    /// `[seq] -> [vn, .., v1]`: unpacks exactly n items, the first on top.
    UnpackSequence(u32) = 64,
    /// `a, *b, c = seq`: `[seq] -> [after items.., list, before items..]` with the first on top.
    UnpackEx { before: u16, after: u16 } = 65,
    /// f-string field: `[v] -> [str]` or `[v, spec] -> [str]`; see [`format_value`] (with
    /// `IN_BUILD`, a machine int `v` may stay itself for the `BuildString` it is a part of).
    FormatValue(u8) = 66,

    // ---- control flow -------------------------------------------------------------------
    /// Jumps to the target.
    Jump(u32) = 70,
    /// `[v] -> []`, jumps if v is false.
    PopJumpIfFalse(u32) = 71,
    /// `[v] -> []`, jumps if v is true.
    PopJumpIfTrue(u32) = 72,
    /// `[v] -> []`, jumps if v is None.
    PopJumpIfNone(u32) = 73,
    /// `[v] -> []`, jumps if v is not None.
    PopJumpIfNotNone(u32) = 74,
    /// `[v] -> [v]` and jumps if v is false, else `[v] -> []`.
    JumpIfFalseOrPop(u32) = 75,
    /// `[v] -> [v]` and jumps if v is true, else `[v] -> []`.
    JumpIfTrueOrPop(u32) = 76,
    /// `[obj] -> [iter(obj)]`
    GetIter = 77,
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jumps.
    ForIter(u32) = 78,
    /// `[v] -> ()`: returns v to the caller.
    ReturnValue = 79,

    // ---- calls and functions ------------------------------------------------------------
    /// `[callable, a1..an] -> [result]`; the last `len(kwnames)` arguments are keyword
    /// arguments when a `KwNames` came just before.
    Call(u32) = 80,
    /// `[callable, self_or_NULL, a1..an] -> [result]` (after `LoadMethod`).
    CallMethod(u32) = 81,
    /// Names the keyword arguments of the next `Call`/`CallMethod`: consts[i] is a tuple of str.
    KwNames(u32) = 82,
    /// `[callable, args_tuple] -> [result]`, or `[callable, args_tuple, kwargs_dict] -> [result]`
    /// when the flag is set (`f(*a, **k)`).
    CallFunctionEx(bool) = 83,
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`; see
    /// [`make_function`] for the flags.
    MakeFunction(u8) = 84,
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass = 85,

    // ---- exceptions ---------------------------------------------------------------------
    /// `raise` (n = 0), `raise exc` (n = 1), `raise exc from cause` (n = 2).
    RaiseVarargs(u32) = 90,
    /// `[.., exc] -> ()`: raises exc again without adding a traceback entry. With n > 0, the
    /// frame's last-instruction index is first restored from the n-th item below exc (the one
    /// a `push_lasti` handler saved), so the traceback keeps pointing at the original line.
    Reraise(u32) = 91,
    /// Entering an `except` block: `[exc] -> [previous_handled, exc]`, and exc becomes the
    /// exception being handled (`sys.exc_info()`).
    PushExcInfo = 92,
    /// Leaving an `except` block: `[previous_handled] -> []`, restoring it.
    PopExcept = 93,
    /// `[exc, type] -> [exc, isinstance(exc, type)]` with CPython's checks on `type`.
    CheckExcMatch = 94,
    /// `except*`: `[exc, type] -> [rest, match]`, splitting the exception group.
    CheckEgMatch = 95,
    /// `except*` end: `[orig, raised_list] -> [exc_to_raise_or_None]`.
    PrepReraiseStar = 96,
    /// `[] -> [AssertionError]`
    LoadAssertionError = 97,
    /// `with` entry: `[mgr] -> [exit, exit_self, mgr.__enter__()]`. `exit, exit_self` is
    /// `__exit__` as `CallMethod` takes it: a Python function and `mgr`, or the bound
    /// `__exit__` and Null (the normal exit is `LoadConst None` three times, `CallMethod(3)`).
    BeforeWith = 98,
    /// `async with` entry: `[mgr] -> [exit, exit_self, mgr.__aenter__()]`, `__aexit__` as
    /// in `BeforeWith`.
    BeforeAsyncWith = 99,
    /// Calls `__exit__(type, exc, tb)` for the exception on top:
    /// `[exit, exit_self, lasti, prev_exc, exc] -> [exit, exit_self, lasti, prev_exc, exc,
    /// result]`.
    WithExceptStart = 100,

    // ---- generators and coroutines ------------------------------------------------------
    /// `[v] -> ()` suspends, handing v to whoever resumed the frame; on resumption the sent
    /// value is pushed: `() -> [sent]`. The flag marks the yield inside a `yield from`/`await`
    /// loop, whose receiver then sits on top of the stack while suspended.
    YieldValue(bool) = 110,
    /// `[x] -> [iter]` for `yield from x`: generators and iterable coroutines stay as they are
    /// (a coroutine is refused outside a coroutine), anything else goes through `iter()`.
    GetYieldFromIter = 111,
    /// `[x] -> [awaitable]`: the coroutine itself, or `x.__await__()` checked to be an iterator.
    GetAwaitable(AwaitableWhere) = 112,
    /// Delegation step of `yield from`/`await`: `[receiver, v] -> [receiver, yielded]` when the
    /// receiver yields, or `[receiver, v] -> [result]` and jump when it returns.
    Send(u32) = 113,
    /// `async for` setup: `[obj] -> [obj.__aiter__()]`.
    GetAiter = 114,
    /// `[aiter] -> [aiter, awaitable(aiter.__anext__())]`
    GetAnext = 115,
    /// End of an `async for`: `[aiter, exc] -> []` if exc is StopAsyncIteration, else re-raises.
    EndAsyncFor = 116,
    /// In an async generator, wraps the value of a `yield` so it leaves to the `asend` caller
    /// rather than to the event loop: `[v] -> [wrapped]`.
    AsyncGenWrap = 117,

    // ---- imports and modules ------------------------------------------------------------
    /// `[level, fromlist] -> [module]`: `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(u32) = 120,
    /// `[module] -> [module, module.names[i]]` (ImportError if missing).
    ImportFrom(u32) = 121,
    /// `[module] -> []`: `from module import *` into the current namespace.
    ImportStar = 122,
    /// Creates `__annotations__` in the current namespace if missing.
    SetupAnnotations = 123,
    /// REPL: `[v] -> []`, prints `repr(v)` if not None and stores it in `builtins._`.
    PrintExpr = 124,

    // ---- pattern matching ---------------------------------------------------------------
    /// `[subject] -> [subject, len(subject)]`
    GetLen = 130,
    /// `[subject] -> [subject, is_mapping]`: whether the subject's type is a mapping for
    /// `match` (dict, mappingproxy and their subclasses).
    MatchMapping = 131,
    /// `[subject] -> [subject, is_sequence]`: whether the subject's type is a sequence for
    /// `match` (list, tuple, range and their subclasses; never str, bytes or bytearray).
    MatchSequence = 132,
    /// `[subject, keys] -> [subject, keys, values]`: the subject's values for the keys (a
    /// tuple, looked up with `subject.get(key, missing)`), or None if a key is missing;
    /// ValueError if a key repeats.
    MatchKeys = 133,
    /// `[subject, cls, kw_names] -> [attrs]`: if `isinstance(subject, cls)`, the tuple of the
    /// n positional attributes (named by `cls.__match_args__`, or the subject itself for the
    /// builtin types that match themselves) followed by the `kw_names` attributes; None if the
    /// subject is not an instance or lacks an attribute. TypeError if `cls` is not a type,
    /// takes fewer positional sub-patterns, or an attribute is asked for twice.
    MatchClass(u32) = 134,
    /// `[subject, keys] -> [rest]`: the `**rest` of a mapping pattern, a new dict with the
    /// subject's items except the keys (KeyError if one is missing).
    CopyDictWithoutKeys = 135,
}

impl Instruction {
    /// The jump target, for instructions that have one.
    pub fn jump_target(&self) -> Option<u32> {
        use Instruction::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
            | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
            | Send(t) => Some(t),
            _ => None,
        }
    }

    /// Replaces the jump target (used by the assembler when labels are resolved).
    pub fn set_jump_target(&mut self, target: u32) {
        use Instruction::*;
        match self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
            | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
            | Send(t) => *t = target,
            _ => {}
        }
    }

    /// How many values the instruction adds to the stack (negative: removes), on the path
    /// where it jumps (`jump == true`) or falls through.
    pub fn stack_effect(&self, jump: bool) -> i32 {
        use Instruction::*;
        match *self {
            Nop | Swap(_) | LoadAttr(_) | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_)
            | DeleteName(_) | UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert
            | ListToTuple | Jump(_) | GetIter | KwNames(_) | CheckExcMatch | CheckEgMatch
            | YieldValue(_) | GetYieldFromIter | GetAwaitable(_) | GetAiter | AsyncGenWrap
            | SetupAnnotations => 0,
            PopTop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_)
            | DeleteAttr(_) | BinarySubscr | BinaryOp(_) | CompareOp(_) | IsOp(_)
            | ContainsOp(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
            | DictUpdate(_) | DictMerge(_) | PopJumpIfFalse(_) | PopJumpIfTrue(_)
            | PopJumpIfNone(_) | PopJumpIfNotNone(_) | ReturnValue | Reraise(_) | PopExcept
            | PrepReraiseStar | ImportName(_) | ImportStar | PrintExpr | CopyDictWithoutKeys => -1,
            Copy(_) | PushNull | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_)
            | LoadClosure(_) | LoadGlobal(_) | LoadName(_) | LoadMethod(_) | LoadBuildClass
            | PushExcInfo | LoadAssertionError | WithExceptStart | GetAnext | ImportFrom(_)
            | GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
            BeforeWith | BeforeAsyncWith => 2,
            StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor | MatchClass(_) => -2,
            StoreSubscr => -3,
            BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => {
                1 - n as i32
            }
            BuildMap(n) => 1 - 2 * n as i32,
            BuildConstKeyMap(n) => -(n as i32),
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx { before, after } => before as i32 + after as i32,
            FormatValue(f) => {
                if f & format_value::HAS_SPEC != 0 {
                    -1
                } else {
                    0
                }
            }
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Send(_) => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            Call(n) => -(n as i32),
            CallMethod(n) => -(n as i32) - 1,
            CallFunctionEx(kw) => {
                if kw {
                    -2
                } else {
                    -1
                }
            }
            MakeFunction(f) => -(f.count_ones() as i32),
            RaiseVarargs(n) => -(n as i32),
        }
    }

    /// True when execution never falls through to the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            Instruction::Jump(_)
                | Instruction::ReturnValue
                | Instruction::RaiseVarargs(_)
                | Instruction::Reraise(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instruction>(), 8);
    }

    #[test]
    fn inplace_operators_map_to_their_base() {
        assert_eq!(BinaryOperator::InplaceAdd.base(), BinaryOperator::Add);
        assert!(BinaryOperator::InplaceXor.is_inplace());
        assert!(!BinaryOperator::Xor.is_inplace());
        assert_eq!(BinaryOperator::InplaceFloorDivide.symbol(), "//=");
    }
}
