//! The pyasync virtual machine: Python objects, the stackless eval loop, builtins,
//! exceptions, generators and coroutines, and the core modules.
//!
//! The entry points are [`Interpreter::run_main`] (run a script as `__main__`) and, for the
//! event loop and other hosts, [`Vm::resume`] (drive a coroutine one step).
//!
//! Layout: `value.rs`/`object.rs` (the object model), `objects/` (the data of each builtin
//! type), `ops/` (the protocols: attributes, operators, comparison, iteration, calls' helpers),
//! `eval/` (the loop, calls, generator resumption), `builtins/` (builtin functions and
//! methods), `format/` (format specs and `%`), `stdlib/` (sys, gc, warnings, streams),
//! `gc.rs` (the cycle collector), `report.rs` (tracebacks).

pub mod builtins;
pub mod code;
pub mod compile;
pub mod eval;
pub mod fasthash;
pub mod format;
pub mod frame;
pub mod gc;
pub mod gc_resurrect;
pub mod gc_slot;
pub mod names;
pub mod object;
pub mod objects;
pub mod ops;
pub mod report;
pub mod signals;
pub mod stdlib;
pub mod suggestions;
pub mod types;
pub mod value;
pub mod vm;

pub use eval::resume::Action;
pub use eval::Outcome;
pub use object::{ObjRef, Payload, PyObject};
pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};

use pyasync_compiler::Mode;

/// A whole program run: a VM with `__main__` set up from a script.
pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    /// A fresh interpreter; `argv` becomes `sys.argv`.
    pub fn new(argv: Vec<String>) -> Interpreter {
        let mut vm = Vm::new();
        let args = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
        let list = vm.new_list(args);
        let _ = vm.set_sys_attr("argv", list);
        vm.argv = argv;
        Interpreter { vm }
    }

    /// Marks how deep the Rust stack may go: `limit` is the lowest usable address. Called
    /// near the top of the interpreter's thread.
    pub fn set_stack_limit(&mut self, limit: usize) {
        self.vm.stack_limit = limit;
        // The trashcan's floor is 8 MB below here (CPython's usual C stack), not at the
        // limit: the stack pages that a deep recursive drop touches stay resident, so freeing
        // a chain of 3 million lists down to the limit made 300 MB of the program's peak.
        let here = 0u8;
        let floor = (&here as *const u8 as usize).saturating_sub(8 << 20);
        crate::objects::trashcan::set_stack_floor(floor.max(limit));
    }

    /// Sets `sys.path` to `[dir]` (the script's directory, or "" for `-c`).
    pub fn set_path(&mut self, dir: &str) {
        let p = self.vm.new_list(vec![self.vm.new_str(dir)]);
        let _ = self.vm.set_sys_attr("path", p);
    }

    /// Runs an already checked program as `__main__` (the front end has parsed it and
    /// reported its SyntaxErrors); returns the process exit code.
    pub fn run_main_checked(
        &mut self,
        module: &pyasync_syntax::ast::Module,
        source: &str,
        filename: &str,
    ) -> i32 {
        let vm = &mut self.vm;
        vm.sources
            .insert(filename.to_string(), std::rc::Rc::from(source));
        let index = pyasync_syntax::LineIndex::new(source);
        let table = pyasync_syntax::symtable::build(module, source, &index, filename);
        let code =
            match pyasync_compiler::compile_module(module, &table, source, filename, Mode::Exec) {
                Ok(code) => code::Code::load(vm, code),
                Err(e) => {
                    let err = vm.system_error(format!("compiler error: {e:?}"));
                    let c = vm.exit_code_for(&err);
                    return self.finish(c);
                }
            };
        self.run_main_code(code, filename)
    }

    /// Runs `source` as the `__main__` module; returns the process exit code.
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        match self.vm.compile_source(source, filename, Mode::Exec) {
            Ok(code) => self.run_main_code(code, filename),
            Err(e) => {
                let c = self.vm.exit_code_for(&e);
                self.finish(c)
            }
        }
    }

    fn run_main_code(&mut self, code: std::rc::Rc<code::Code>, filename: &str) -> i32 {
        let vm = &mut self.vm;
        vm.stdout_is_tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
        let file = if filename.starts_with('<') {
            None
        } else {
            Some(filename)
        };
        let module = vm.new_module("__main__", file);
        let modules = vm.modules.clone();
        let _ = vm.dict_set_item_str(&modules, "__main__", Value::Obj(module.clone()));
        let Payload::Module(m) = &module.payload else {
            return 1;
        };
        let dict = m.dict.clone();
        let result = vm.run_module_code(code, &dict);
        let code = match result {
            Ok(_) => 0,
            Err(e) => vm.exit_code_for(&e),
        };
        self.finish(code)
    }

    /// End-of-program work: pending finalizers, then flushing output. Returns the exit
    /// code: `code`, or 120 when flushing `sys.stdout` or `sys.stderr` failed (as
    /// CPython's `Py_RunMain` does when `Py_FinalizeEx` fails).
    pub fn finish(&mut self, code: i32) -> i32 {
        crate::objects::trashcan::flush();
        self.vm.run_pending();
        let flushed = self.vm.flush_std_files();
        self.vm.collect();
        self.vm.run_pending();
        // CPython's last collections finalize what is left in creation order (checked:
        // `__del__` order follows creation, not the order of __main__'s names); clearing
        // __main__ afterwards reports what they do not cover (never-awaited coroutines).
        self.vm.finalize_at_exit();
        self.clear_main_module();
        self.vm.run_pending();
        self.vm.flush_stdout();
        if flushed {
            code
        } else {
            120
        }
    }

    /// At exit CPython clears the `__main__` module's globals (`_PyModule_ClearDict`: names
    /// with a single leading underscore first, then all but `__builtins__`), so what they
    /// held is finalized then: a coroutine never awaited warns (`sys:1: ...`), a suspended
    /// generator's `finally` runs.
    fn clear_main_module(&mut self) {
        let vm = &mut self.vm;
        let modules = vm.modules.clone();
        let Some(Value::Obj(main)) = vm.dict_get_item_str(&modules, "__main__") else {
            return;
        };
        let Payload::Module(m) = &main.payload else {
            return;
        };
        let dict = m.dict.clone();
        let Ok(keys) = vm.collect_iterable(&Value::Obj(dict.clone())) else {
            return;
        };
        let names: Vec<String> = keys
            .iter()
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect();
        let single_underscore = |n: &str| n.starts_with('_') && !n.starts_with("__");
        for pass in 0..2 {
            for name in &names {
                let clear = if pass == 0 {
                    single_underscore(name)
                } else {
                    name != "__builtins__"
                };
                if clear {
                    let _ = vm.dict_set_item_str(&dict, name, Value::None);
                    vm.run_pending();
                }
            }
        }
    }
}
