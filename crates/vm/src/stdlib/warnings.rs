//! Warnings: `warnings.warn`, the filters (`simplefilter`, `filterwarnings`, `-W`), and
//! the display CPython uses (`file:line: Category: message` and the source line).

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// `catch_warnings(record=True)`: a callable that records each warning instead of
    /// printing it (None when not recording).
    static RECORD_HOOK: std::cell::RefCell<Value> = const { std::cell::RefCell::new(Value::None) };
    /// The filter lists saved by `catch_warnings.__enter__`.
    static SAVED_FILTERS: std::cell::RefCell<Vec<Vec<Filter>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `catch_warnings` and `WarningMessage`, written in Python over the native helpers
/// `_filters_save`, `_filters_restore` and `_set_record`.
const CATCH_WARNINGS: &str = r#"
class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))

class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        _filters_save()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            def record(message, category, filename, lineno):
                log.append(WarningMessage(message, category, filename, lineno))
            self._previous = _set_record(record)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        _filters_restore()
        if self._record:
            _set_record(self._previous)
"#;

fn filters_save(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let copy = vm.warning_filters.clone();
    SAVED_FILTERS.with(|s| s.borrow_mut().push(copy));
    Ok(Value::None)
}

fn filters_restore(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    if let Some(saved) = SAVED_FILTERS.with(|s| s.borrow_mut().pop()) {
        vm.warning_filters = saved;
    }
    Ok(Value::None)
}

/// `_set_record(hook)`: sets the recording hook, returns the previous one.
fn set_record(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("_set_record", &args, 1, 1)?;
    let hook = args.values[0].clone();
    Ok(RECORD_HOOK.with(|h| std::mem::replace(&mut *h.borrow_mut(), hook)))
}

/// One filter: what to do with warnings of a category (and message/module prefix).
#[derive(Clone)]
pub struct Filter {
    pub action: String,
    pub message: String,
    pub category: Option<ObjRef>,
    pub module: String,
}

impl Vm {
    /// Issues a warning of `category` from the code `stacklevel` frames up.
    pub fn warn(&mut self, category: &ObjRef, message: &str, stacklevel: usize) -> PyResult<()> {
        self.warn_with_source(category, message, stacklevel, false)
    }

    /// `source` marks a warning about an object (CPython then adds the tracemalloc hint).
    pub fn warn_with_source(
        &mut self,
        category: &ObjRef,
        message: &str,
        stacklevel: usize,
        source: bool,
    ) -> PyResult<()> {
        let (filename, lineno, module) = self.warning_location(stacklevel);
        let action = self.warning_action(category, message, &module);
        match action.as_str() {
            "ignore" => return Ok(()),
            "error" => {
                return Err(self.new_error(category, message));
            }
            "always" | "all" => {}
            "once" => {
                let key = format!("once|{}|{}", category_name(category), message);
                if !self.warnings_shown.insert(key) {
                    return Ok(());
                }
            }
            "module" => {
                let key = format!(
                    "module|{}|{}|{}",
                    category_name(category),
                    message,
                    filename
                );
                if !self.warnings_shown.insert(key) {
                    return Ok(());
                }
            }
            _ => {
                let key = format!(
                    "{}|{}|{}|{}",
                    category_name(category),
                    message,
                    filename,
                    lineno
                );
                if !self.warnings_shown.insert(key) {
                    return Ok(());
                }
            }
        }
        let hook = RECORD_HOOK.with(|h| h.borrow().clone());
        if !hook.is_none() {
            // Inside `catch_warnings(record=True)`: the warning is recorded, not shown.
            let msg = self.new_str(message);
            let instance = Value::Obj(self.new_exception(category, vec![msg]));
            let file = self.new_str(filename.as_str());
            let args = Args::new([
                instance,
                Value::Obj(category.clone()),
                file,
                Value::Int(lineno as i64),
            ]);
            self.call(&hook, args)?;
            return Ok(());
        }
        let mut text = format!(
            "{}:{}: {}: {}\n",
            filename,
            lineno,
            category_name(category),
            message
        );
        // linecache has no source for `<string>`, `<stdin>` and the like.
        let line = if filename.starts_with('<') {
            None
        } else {
            self.source_line(&filename, lineno)
        };
        if let Some(line) = line {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                text.push_str(&format!("  {trimmed}\n"));
            }
        }
        if source {
            text.push_str(&format!(
                "{}: Enable tracemalloc to get the object allocation traceback\n",
                category_name(category)
            ));
        }
        self.write_report(&text);
        Ok(())
    }

    fn warning_location(&self, stacklevel: usize) -> (String, u32, String) {
        let n = self.frames.len();
        let idx = n.saturating_sub(stacklevel.max(1));
        match self.frames.get(idx).or(self.frames.last()) {
            Some(f) => {
                let module = self
                    .get_module_name(&f.globals)
                    .unwrap_or_else(|| "__main__".to_string());
                (f.code.obj.filename.to_string(), f.line(), module)
            }
            None => ("sys".to_string(), 1, "sys".to_string()),
        }
    }

    fn get_module_name(&self, globals: &ObjRef) -> Option<String> {
        match &globals.payload {
            Payload::Dict(d) => d
                .borrow()
                .get_str(crate::objects::str::str_hash("__name__"), "__name__")
                .and_then(|v| v.as_str().map(str::to_string)),
            _ => None,
        }
    }

    fn warning_action(&self, category: &ObjRef, message: &str, module: &str) -> String {
        for f in &self.warning_filters {
            let cat_ok = f
                .category
                .as_ref()
                .is_none_or(|c| crate::objects::typeobj::is_subtype(category, c));
            let msg_ok = f.message.is_empty() || message_matches(&f.message, message);
            let mod_ok = f.module.is_empty() || module == f.module;
            if cat_ok && msg_ok && mod_ok {
                return f.action.clone();
            }
        }
        // CPython's default filters.
        let name = category_name(category);
        match name.as_str() {
            "DeprecationWarning" if module != "__main__" => "ignore".into(),
            "PendingDeprecationWarning" | "ImportWarning" | "ResourceWarning" => "ignore".into(),
            _ => "default".into(),
        }
    }

    /// A line of a source file the VM ran (or of a file on disk).
    pub fn source_line(&self, filename: &str, lineno: u32) -> Option<String> {
        if lineno == 0 {
            return None;
        }
        let text = match self.sources.get(filename) {
            Some(t) => t.to_string(),
            None => std::fs::read_to_string(filename).ok()?,
        };
        text.lines().nth(lineno as usize - 1).map(str::to_string)
    }

    /// Parses a `-W` option (`action:message:category:module:lineno`).
    pub fn add_warning_option(&mut self, option: &str) {
        let parts: Vec<&str> = option.split(':').collect();
        let action = match parts.first().copied().unwrap_or("") {
            "d" | "default" => "default",
            "e" | "error" => "error",
            "i" | "ignore" => "ignore",
            "a" | "always" => "always",
            "m" | "module" => "module",
            "o" | "once" => "once",
            _ => return,
        };
        let category = parts.get(2).filter(|c| !c.is_empty()).and_then(|c| {
            self.exc
                .all
                .iter()
                .find(|(n, _)| n == c)
                .map(|(_, c)| c.clone())
        });
        self.warning_filters.insert(
            0,
            Filter {
                action: action.to_string(),
                // CPython escapes a -W message: it is matched literally.
                message: escape_pattern(parts.get(1).copied().unwrap_or("")),
                category,
                module: parts.get(3).copied().unwrap_or("").to_string(),
            },
        );
    }
}

/// A filter's message is a regular expression matched case-insensitively at the start of
/// the warning's text (`re.compile(message, re.I).match(text)`). This small matcher knows
/// literals, `\\` escapes, `.`, `^`, `$` and the `*`, `+`, `?` repeats, which is what
/// filters written for warnings use; a pattern with other syntax is compared as a literal
/// prefix.
fn message_matches(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.to_lowercase().chars().collect();
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let mut special = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            '\\' => i += 1,
            '(' | ')' | '[' | ']' | '{' | '}' | '|' => special = true,
            _ => {}
        }
        i += 1;
    }
    if special {
        let p: String = pattern.iter().collect();
        let t: String = text.iter().collect();
        return t.starts_with(&p);
    }
    let start = usize::from(pattern.first() == Some(&'^'));
    match_here(&pattern[start..], &text)
}

/// One pattern atom: a char, or `.` (any char); and how long it is in the pattern.
fn atom(p: &[char]) -> Option<(Option<char>, usize)> {
    match p.first()? {
        '\\' => Some((Some(*p.get(1)?), 2)),
        '.' => Some((None, 1)),
        c => Some((Some(*c), 1)),
    }
}

fn match_here(p: &[char], t: &[char]) -> bool {
    let Some((want, len)) = atom(p) else {
        return true;
    };
    if p == ['$'] {
        return t.is_empty();
    }
    let fits = |c: &char| want.is_none_or(|w| w == *c);
    let rest = &p[len..];
    match rest.first() {
        Some(&op @ ('*' | '+' | '?')) => {
            let max = if op == '?' { 1 } else { t.len() };
            let run = t.iter().take(max).take_while(|c| fits(c)).count();
            let min = usize::from(op == '+');
            (min..=run).rev().any(|n| match_here(&rest[1..], &t[n..]))
        }
        _ => t.first().is_some_and(fits) && match_here(rest, &t[1..]),
    }
}

/// `re.escape`: a literal message as a pattern.
fn escape_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_alphanumeric() && c != '_' && c != ' ' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn category_name(c: &ObjRef) -> String {
    c.as_type().map(|t| t.name()).unwrap_or_default()
}

fn warn(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let message = args
        .take_kw("message")
        .or_else(|| args.values.first().cloned())
        .unwrap_or(Value::None);
    let category = args
        .take_kw("category")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let stacklevel = args
        .take_kw("stacklevel")
        .or_else(|| args.values.get(2).cloned())
        .unwrap_or(Value::Int(1));
    let stacklevel = vm.index_i64(&stacklevel)?.max(1) as usize;
    let (category, text) = if vm.is_exception_instance(&message) {
        let c = vm.class_of(&message).clone();
        (c, vm.str_string(&message)?)
    } else {
        let c = match category {
            Value::None => vm.exc.user_warning.clone(),
            Value::Obj(c) if crate::objects::typeobj::is_subtype(&c, &vm.exc.warning) => c,
            other => {
                return Err(vm.type_error(format!(
                    "category must be a Warning subclass, not '{}'",
                    vm.type_name(&other)
                )))
            }
        };
        (c, vm.str_string(&message)?)
    };
    vm.warn(&category, &text, stacklevel)?;
    Ok(Value::None)
}

fn simplefilter(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let action = args
        .take_kw("action")
        .or_else(|| args.values.first().cloned())
        .unwrap_or(Value::None);
    let category = args
        .take_kw("category")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let append = args
        .take_kw("append")
        .or_else(|| args.values.get(3).cloned())
        .unwrap_or(Value::Bool(false));
    let action = action.as_str().unwrap_or("").to_string();
    if ![
        "error", "ignore", "always", "all", "default", "module", "once",
    ]
    .contains(&action.as_str())
    {
        return Err(vm.value_error(format!("invalid action: '{action}'")));
    }
    let filter = Filter {
        action,
        message: String::new(),
        category: category.as_obj().cloned(),
        module: String::new(),
    };
    if vm.is_true(&append)? {
        vm.warning_filters.push(filter);
    } else {
        vm.warning_filters.insert(0, filter);
    }
    Ok(Value::None)
}

fn filterwarnings(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let action = args
        .take_kw("action")
        .or_else(|| args.values.first().cloned())
        .unwrap_or(Value::None);
    let message = args
        .take_kw("message")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let category = args
        .take_kw("category")
        .or_else(|| args.values.get(2).cloned())
        .unwrap_or(Value::None);
    let module = args
        .take_kw("module")
        .or_else(|| args.values.get(3).cloned())
        .unwrap_or(Value::None);
    let action = action.as_str().unwrap_or("").to_string();
    if ![
        "error", "ignore", "always", "all", "default", "module", "once",
    ]
    .contains(&action.as_str())
    {
        return Err(vm.value_error(format!("invalid action: '{action}'")));
    }
    vm.warning_filters.insert(
        0,
        Filter {
            action,
            message: message.as_str().unwrap_or("").to_string(),
            category: category.as_obj().cloned(),
            module: module.as_str().unwrap_or("").to_string(),
        },
    );
    Ok(Value::None)
}

fn resetwarnings(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.warning_filters.clear();
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("warnings", None);
    if let Payload::Module(md) = &m.payload {
        let d = md.dict.clone();
        vm.add_function(&d, "warn", warn);
        vm.add_function(&d, "simplefilter", simplefilter);
        vm.add_function(&d, "filterwarnings", filterwarnings);
        vm.add_function(&d, "resetwarnings", resetwarnings);
        vm.add_function(&d, "_filters_save", filters_save);
        vm.add_function(&d, "_filters_restore", filters_restore);
        vm.add_function(&d, "_set_record", set_record);
        let code = vm.compile_source(
            CATCH_WARNINGS,
            "<frozen warnings>",
            pyasync_compiler::Mode::Exec,
        )?;
        vm.run_module_code(code, &d)?;
    }
    Ok(m)
}
