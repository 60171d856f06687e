//! Building one code object: emitting instructions against labels, tracking which exception
//! handler covers each instruction, and assembling the result (resolving labels, computing
//! stack depths by flow analysis, and turning handler coverage into the exception table).
//!
//! Handlers follow CPython 3.11's zero-cost model: entering a `try` costs nothing at run time;
//! instead every instruction records the innermost active handler (`push_handler` /
//! `pop_handler` bracket the protected code), and the assembler turns runs of instructions with
//! the same handler into exception-table entries. A handler's stack depth is the depth where it
//! was pushed, found by the same flow analysis that computes `max_stack`.

use std::collections::HashMap;
use std::rc::Rc;

use pyasync_bytecode::{CodeObject, Constant, ExceptionEntry, Instruction, Location};

/// A position in the code, bound later with [`CodeBuilder::bind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

struct Emitted {
    op: Instruction,
    loc: Location,
    /// The innermost active handler when the instruction was emitted.
    handler: Option<u32>,
}

struct Handler {
    label: Label,
    push_lasti: bool,
    /// Index of the first instruction emitted under this handler.
    pushed_at: u32,
    /// Added to the stack depth at `pushed_at` to get the depth the handler unwinds to
    /// (`with` protects its `as` target while `__enter__`'s result is still on the stack, but
    /// unwinds below that result: offset -1).
    offset: i32,
}

/// An internal error of the compiler (a bug, never a user error): reported as SystemError.
#[derive(Debug)]
pub struct AssembleError(pub String);

pub struct CodeBuilder {
    instrs: Vec<Emitted>,
    labels: Vec<Option<u32>>,
    handlers: Vec<Handler>,
    active: Vec<u32>,
    consts: Vec<Constant>,
    /// Deduplication of simple constants (not floats, whose -0.0/NaN make equality unsafe).
    const_index: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    /// The location given to the next instructions.
    pub loc: Location,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Str(String),
    Ellipsis,
}

impl Default for CodeBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl CodeBuilder {
    pub fn new() -> CodeBuilder {
        CodeBuilder {
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            active: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            loc: Location::default(),
        }
    }

    /// Appends an instruction at the current location. Jump targets must be label ids.
    pub fn emit(&mut self, op: Instruction) {
        self.instrs.push(Emitted {
            op,
            loc: self.loc,
            handler: self.active.last().copied(),
        });
    }

    /// Emits a jump-family instruction whose target is `label` (`make` builds it from the
    /// label's id, e.g. `Instruction::Jump`).
    pub fn emit_jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.emit(make(label.0));
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction.
    pub fn bind(&mut self, label: Label) {
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(self.instrs.len() as u32);
        }
    }

    /// From now on, exceptions go to `label` (with the raising instruction's index pushed
    /// below the exception when `push_lasti`).
    pub fn push_handler(&mut self, label: Label, push_lasti: bool) {
        self.push_handler_at_offset(label, push_lasti, 0);
    }

    /// Like `push_handler`, unwinding to `offset` items from the current depth.
    pub fn push_handler_at_offset(&mut self, label: Label, push_lasti: bool, offset: i32) {
        self.handlers.push(Handler {
            label,
            push_lasti,
            pushed_at: self.instrs.len() as u32,
            offset,
        });
        self.active.push(self.handlers.len() as u32 - 1);
    }

    /// Ends the innermost handler's protected range (CPython's POP_BLOCK).
    pub fn pop_handler(&mut self) {
        self.active.pop();
    }

    /// The active handlers, to restore after emitting unwinding code that pops some.
    pub fn handler_snapshot(&self) -> Vec<u32> {
        self.active.clone()
    }

    pub fn restore_handlers(&mut self, snapshot: Vec<u32>) {
        self.active = snapshot;
    }

    /// Index of a constant, reusing an equal simple one.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = match &c {
            Constant::None => Some(ConstKey::None),
            Constant::Bool(b) => Some(ConstKey::Bool(*b)),
            Constant::Int(i) => Some(ConstKey::Int(*i)),
            Constant::Str(s) => Some(ConstKey::Str(s.clone())),
            Constant::Ellipsis => Some(ConstKey::Ellipsis),
            _ => None,
        };
        if let Some(k) = &key {
            if let Some(&i) = self.const_index.get(k) {
                return i;
            }
        }
        self.consts.push(c);
        let i = self.consts.len() as u32 - 1;
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    /// Index of a name in `co_names`.
    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        self.names.push(name.to_string());
        let i = self.names.len() as u32 - 1;
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// True when the last emitted instruction never falls through.
    ///
    /// A label bound after the last instruction (the exit of a loop that ends the body, say)
    /// makes the end reachable even when the last instruction is a jump.
    pub fn last_is_terminator(&self) -> bool {
        let end = self.instrs.len() as u32;
        self.instrs.last().is_some_and(|e| e.op.is_terminator())
            && !self.labels.contains(&Some(end))
    }

    /// Resolves labels, computes stack depths and the exception table, and produces the code
    /// object. `meta` provides everything that is not instructions.
    pub fn assemble(mut self, meta: CodeMeta) -> Result<CodeObject, AssembleError> {
        // Resolve jump targets.
        for e in &mut self.instrs {
            if let Some(label) = e.op.jump_target() {
                let target = self
                    .labels
                    .get(label as usize)
                    .copied()
                    .flatten()
                    .ok_or_else(|| AssembleError(format!("unbound label {label}")))?;
                e.op.set_jump_target(target);
            }
        }
        let handler_targets: Vec<u32> = self
            .handlers
            .iter()
            .map(|h| {
                self.labels
                    .get(h.label.0 as usize)
                    .copied()
                    .flatten()
                    .ok_or_else(|| AssembleError("unbound handler label".into()))
            })
            .collect::<Result<_, _>>()?;

        let depths = self.stack_depths(&handler_targets)?;
        let max_stack = depths.iter().flatten().copied().max().unwrap_or(0).max(0) as u32;

        // Exception table: runs of instructions sharing a handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        for (i, e) in self.instrs.iter().enumerate() {
            let Some(h) = e.handler else { continue };
            let handler = &self.handlers[h as usize];
            let depth = (depths
                .get(handler.pushed_at as usize)
                .copied()
                .flatten()
                .unwrap_or(0)
                + handler.offset)
                .max(0) as u32;
            let target = handler_targets[h as usize];
            match table.last_mut() {
                Some(last)
                    if last.end == i as u32
                        && last.handler == target
                        && last.depth == depth
                        && last.push_lasti == handler.push_lasti =>
                {
                    last.end += 1;
                }
                _ => table.push(ExceptionEntry {
                    start: i as u32,
                    end: i as u32 + 1,
                    handler: target,
                    depth,
                    push_lasti: handler.push_lasti,
                }),
            }
        }

        let (instructions, locations): (Vec<Instruction>, Vec<Location>) =
            self.instrs.iter().map(|e| (e.op, e.loc)).unzip();
        Ok(CodeObject {
            name: meta.name,
            qualname: meta.qualname,
            filename: meta.filename,
            first_line: meta.first_line,
            flags: meta.flags,
            arg_count: meta.arg_count,
            posonly_arg_count: meta.posonly_arg_count,
            kwonly_arg_count: meta.kwonly_arg_count,
            instructions,
            locations,
            constants: self.consts,
            names: self.names,
            varnames: meta.varnames,
            cellvars: meta.cellvars,
            freevars: meta.freevars,
            cell_params: meta.cell_params,
            exception_table: table,
            max_stack,
        })
    }

    /// The stack depth before each instruction (`None` where unreachable), by propagating
    /// depths along jumps, fall-throughs and exception edges.
    fn stack_depths(&self, handler_targets: &[u32]) -> Result<Vec<Option<i32>>, AssembleError> {
        let n = self.instrs.len();
        let mut depth: Vec<Option<i32>> = vec![None; n + 1];
        let mut work: Vec<(usize, i32)> = vec![(0, 0)];
        let set = |depth: &mut Vec<Option<i32>>, work: &mut Vec<(usize, i32)>, at: usize, d| {
            if at <= n && depth[at].is_none() {
                depth[at] = Some(d);
                work.push((at, d));
            }
        };
        if n > 0 {
            depth[0] = Some(0);
        }
        while let Some((i, d)) = work.pop() {
            if i >= n {
                continue;
            }
            let e = &self.instrs[i];
            if let Some(h) = e.handler {
                let handler = &self.handlers[h as usize];
                if let Some(base) = depth[handler.pushed_at as usize] {
                    let entry = base + handler.offset + 1 + handler.push_lasti as i32;
                    let target = handler_targets[h as usize] as usize;
                    set(&mut depth, &mut work, target, entry);
                } else if handler.pushed_at as usize == i {
                    let entry = d + handler.offset + 1 + handler.push_lasti as i32;
                    let target = handler_targets[h as usize] as usize;
                    set(&mut depth, &mut work, target, entry);
                }
            }
            if let Some(t) = e.op.jump_target() {
                let after = d + e.op.stack_effect(true);
                if after < 0 {
                    return Err(AssembleError(format!("stack underflow at {i}: {:?}", e.op)));
                }
                set(&mut depth, &mut work, t as usize, after);
            }
            let unconditional = matches!(e.op, Instruction::Jump(_));
            if !unconditional && !e.op.is_terminator() {
                let after = d + e.op.stack_effect(false);
                if after < 0 {
                    return Err(AssembleError(format!("stack underflow at {i}: {:?}", e.op)));
                }
                set(&mut depth, &mut work, i + 1, after);
            }
        }
        Ok(depth)
    }
}

/// Everything about a code object besides its instructions.
pub struct CodeMeta {
    pub name: String,
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub cell_params: Vec<(u32, u32)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> CodeMeta {
        CodeMeta {
            name: "t".into(),
            qualname: "t".into(),
            filename: Rc::from("t.py"),
            first_line: 1,
            flags: 0,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            cell_params: vec![],
        }
    }

    #[test]
    fn labels_resolve_and_depth_is_computed() {
        let mut b = CodeBuilder::new();
        let end = b.new_label();
        let c = b.add_const(Constant::Int(1));
        assert_eq!(b.add_const(Constant::Int(1)), c);
        b.emit(Instruction::LoadConst(c));
        b.emit(Instruction::LoadConst(c));
        b.emit_jump(Instruction::PopJumpIfFalse, end);
        b.emit(Instruction::PopTop);
        b.emit(Instruction::LoadConst(c));
        b.bind(end);
        b.emit(Instruction::ReturnValue);
        let code = b.assemble(meta()).expect("assembles");
        assert_eq!(code.instructions[2], Instruction::PopJumpIfFalse(5));
        assert_eq!(code.max_stack, 2);
    }

    #[test]
    fn handler_ranges_become_table_entries() {
        let mut b = CodeBuilder::new();
        let handler = b.new_label();
        let none = b.add_const(Constant::None);
        b.emit(Instruction::LoadConst(none)); // depth 1 below the try
        b.push_handler(handler, false);
        b.emit(Instruction::LoadConst(none));
        b.emit(Instruction::PopTop);
        b.pop_handler();
        b.emit(Instruction::ReturnValue);
        b.bind(handler);
        b.emit(Instruction::PopTop);
        b.emit(Instruction::ReturnValue);
        let code = b.assemble(meta()).expect("assembles");
        assert_eq!(
            code.exception_table,
            vec![ExceptionEntry {
                start: 1,
                end: 3,
                handler: 4,
                depth: 1,
                push_lasti: false
            }]
        );
        assert_eq!(code.handler_for(2).map(|e| e.handler), Some(4));
        assert_eq!(code.handler_for(3), None);
    }
}
