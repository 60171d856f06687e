//! `CodeObject`: what the compiler produces for a module, class body, function, lambda or
//! comprehension, and what the VM executes. Like CPython's `code` type it is immutable and
//! holds no runtime values: constants are plain data ([`Constant`]), which the VM turns into
//! objects once, when it loads the code.

use std::rc::Rc;

use crate::instruction::Instruction;

/// Code flags (CPython's `CO_*`, same bit values).
pub mod flags {
    /// Locals live in fast slots (every function-like scope).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals dict is made for each call (functions).
    pub const NEWLOCALS: u32 = 0x0002;
    /// Has a `*args` parameter.
    pub const VARARGS: u32 = 0x0004;
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// A generator function (contains `yield`).
    pub const GENERATOR: u32 = 0x0020;
    /// An `async def` without `yield`.
    pub const COROUTINE: u32 = 0x0080;
    /// A generator marked by `types.coroutine`: awaitable.
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// An `async def` with `yield`.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// A literal the code refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An integer beyond `i64`, as decimal digits with an optional leading `-`.
    BigInt(String),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Ellipsis,
    /// The code of a nested function, class body, lambda or comprehension.
    Code(Rc<CodeObject>),
}

/// The source range of one instruction: 1-based lines, 0-based byte columns (CPython's
/// `co_positions()`). Tracebacks use it for the line and the `^^^^` markers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One entry of the exception table: an exception raised by an instruction in
/// `start..end` jumps to `handler`, after popping the value stack down to `depth` items
/// (and pushing the raising instruction's index first when `push_lasti` is set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled code body.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// `co_qualname`, e.g. `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: Rc<str>,
    /// Line of the `def`/`class`/first statement.
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters, positional-only included.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub instructions: Vec<Instruction>,
    /// One per instruction.
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    /// Names used by global, name and attribute instructions.
    pub names: Vec<String>,
    /// Local variable names; parameters first, in order (then `*args`, then `**kwargs`).
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables this scope takes from enclosing scopes.
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, the parameter's index in `varnames`.
    pub cell_params: Vec<(u32, u32)>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The most values the stack ever holds.
    pub max_stack: u32,
}

impl CodeObject {
    /// Number of fast slots a frame needs: locals, then cells, then free variables. `LoadDeref`
    /// and friends index this whole range.
    pub fn fast_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The name of the variable in fast slot `i` (a local, a cell or a free variable).
    pub fn slot_name(&self, i: usize) -> &str {
        let nl = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nl {
            &self.varnames[i]
        } else if i < nl + nc {
            &self.cellvars[i - nl]
        } else {
            self.freevars.get(i - nl - nc).map_or("?", |s| s.as_str())
        }
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    pub fn is_coroutine(&self) -> bool {
        self.flags & flags::COROUTINE != 0
    }

    pub fn is_async_generator(&self) -> bool {
        self.flags & flags::ASYNC_GENERATOR != 0
    }

    /// Calling it makes a generator, coroutine or async generator instead of running it.
    pub fn is_resumable(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// The exception handler covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        // Entries are sorted by start and do not overlap.
        let i = self.exception_table.partition_point(|e| e.end <= index);
        self.exception_table
            .get(i)
            .filter(|e| e.start <= index && index < e.end)
    }

    /// The source line of instruction `index` (0 when unknown).
    pub fn line_of(&self, index: u32) -> u32 {
        self.locations.get(index as usize).map_or(0, |l| l.line)
    }
}
