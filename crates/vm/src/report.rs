//! Reporting exceptions as CPython 3.11 prints them: tracebacks (with the `^^^`/`~~~`
//! markers under the failing expression), chained exceptions, notes, exception groups,
//! SyntaxErrors, and "Exception ignored in" for errors that cannot propagate.

use pyasync_syntax::{Span, SyntaxErrorKind};

use crate::object::Payload;
use crate::objects::tuple::tuple_items;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// One traceback line to print: file, line number, function name, and the instruction's
/// (start line, end line, start column, end column) when known.
type TracebackEntry = (String, u32, String, Option<(u32, u32, u32, u32)>);
impl Vm {
    /// The full report of an uncaught exception, as printed to stderr.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut ctx = GroupCtx::default();
        self.format_chain(&Value::Obj(err.0.clone()), &mut out, &mut ctx);
        out
    }

    /// An exception after the exceptions it was chained from (CPython's
    /// `print_exception_recursive`).
    fn format_chain(&mut self, exc: &Value, out: &mut String, ctx: &mut GroupCtx) {
        ctx.seen.push(exc.identity());
        if let Some(Payload::Exception(e)) = exc.payload() {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            let suppress = e.suppress_context.get();
            let margin = ctx.margin();
            if !cause.is_none() && !ctx.seen.contains(&cause.identity()) {
                self.format_chain(&cause, out, ctx);
                out.push_str(&format!(
                    "{margin}\n{margin}The above exception was the direct cause of the following exception:\n{margin}\n"
                ));
            } else if !suppress && !context.is_none() && !ctx.seen.contains(&context.identity()) {
                self.format_chain(&context, out, ctx);
                out.push_str(&format!(
                    "{margin}\n{margin}During handling of the above exception, another exception occurred:\n{margin}\n"
                ));
            }
        }
        if self.value_is_instance(exc, &self.exc.base_exception_group.clone()) {
            self.format_group(exc, out, ctx);
        } else {
            self.format_single(exc, out, ctx);
        }
    }

    /// One exception: its traceback and its final line(s) (CPython's `print_exception`).
    fn format_single(&mut self, exc: &Value, out: &mut String, ctx: &GroupCtx) {
        let tb = match exc.payload() {
            Some(Payload::Exception(e)) => e.traceback.borrow().clone(),
            _ => Value::None,
        };
        let margin = ctx.margin();
        if !tb.is_none() {
            let is_group = self.value_is_instance(exc, &self.exc.base_exception_group.clone());
            let (header_margin, header) = if is_group {
                let hm = if ctx.depth == 1 {
                    format!("{}+ ", ctx.indent())
                } else {
                    margin.clone()
                };
                (hm, "Exception Group Traceback (most recent call last):")
            } else {
                (margin.clone(), "Traceback (most recent call last):")
            };
            out.push_str(&format!("{header_margin}{header}\n"));
            self.format_traceback(&tb, out, &margin);
        }
        self.format_exception_only(exc, out, &margin);
    }

    /// An exception group and its members in CPython's boxes (`print_exception_group`).
    fn format_group(&mut self, exc: &Value, out: &mut String, ctx: &mut GroupCtx) {
        const MAX_GROUP_WIDTH: usize = 15;
        const MAX_GROUP_DEPTH: usize = 10;
        if ctx.depth > MAX_GROUP_DEPTH {
            out.push_str(&format!(
                "{}... (max_group_depth is {MAX_GROUP_DEPTH})\n",
                ctx.margin()
            ));
            return;
        }
        let top = ctx.depth == 0;
        if top {
            ctx.depth += 1;
        }
        self.format_single(exc, out, ctx);
        let excs = exc
            .as_obj()
            .and_then(|o| self.get_attr_raw(o, "exceptions"))
            .unwrap_or(Value::None);
        let items = tuple_items(&excs).to_vec();
        let n = items.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // The closing line may come from a nested group instead.
                ctx.need_close = true;
            }
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{lead}+---------------- {label} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let more = items.len() - MAX_GROUP_WIDTH;
                out.push_str(&format!(
                    "{}and {more} more exception{}\n",
                    ctx.margin(),
                    if more > 1 { "s" } else { "" }
                ));
            } else {
                self.format_chain(&items[i], out, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 && top {
            ctx.depth -= 1;
        }
    }

    /// The `File ..., line N, in name` entries of a traceback, outermost first.
    pub fn format_traceback(&mut self, tb: &Value, out: &mut String, margin: &str) {
        let mut entries: Vec<TracebackEntry> = Vec::new();
        let mut cur = tb.clone();
        while let Some(Payload::Traceback(t)) = cur.payload() {
            let code = &t.code.obj;
            let loc = code
                .locations
                .get(t.lasti as usize)
                .map(|l| (l.line, l.end_line, l.col, l.end_col));
            entries.push((code.filename.to_string(), t.lineno, code.name.clone(), loc));
            let next = t.next();
            cur = next;
        }
        // CPython collapses runs of more than three identical entries.
        let mut i = 0;
        while i < entries.len() {
            let mut j = i + 1;
            while j < entries.len()
                && entries[j].0 == entries[i].0
                && entries[j].1 == entries[i].1
                && entries[j].2 == entries[i].2
            {
                j += 1;
            }
            let run = j - i;
            let shown = run.min(3);
            for k in 0..shown {
                self.format_entry(&entries[i + k], out, margin);
            }
            if run > 3 {
                let n = run - 3;
                out.push_str(&format!(
                    "{margin}  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
            i = j;
        }
    }

    fn format_entry(&mut self, e: &TracebackEntry, out: &mut String, margin: &str) {
        let (file, line, name, loc) = e;
        out.push_str(&format!(
            "{margin}  File \"{file}\", line {line}, in {name}\n"
        ));
        // CPython's linecache has no lines for `<string>`, `<stdin>` and the like (`-c`
        // code, `exec`); the bundled `<frozen ...>` modules stand for real files.
        if file.starts_with('<') && !file.starts_with("<frozen ") {
            return;
        }
        let Some(text) = self.source_line(file, *line) else {
            return;
        };
        let stripped = text.trim_start();
        if stripped.is_empty() {
            return;
        }
        out.push_str(&format!("{margin}    {}\n", stripped.trim_end()));
        if let Some(carets) = caret_line(&text, *line, loc) {
            out.push_str(&format!("{margin}    {carets}\n"));
        }
    }

    /// The last line(s): `Type: message`, then notes (and a SyntaxError's source display).
    fn format_exception_only(&mut self, exc: &Value, out: &mut String, margin: &str) {
        let class = self.class_of(exc).clone();
        let qualname = class
            .as_type()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        // A class whose `__module__` is not a str prints as `<unknown>.Name`.
        let module = match class.as_type() {
            Some(t) if t.heap => t
                .own_attr(crate::objects::str::str_hash("__module__"), "__module__")
                .and_then(|m| m.as_str().map(str::to_string))
                .unwrap_or_else(|| "<unknown>".to_string()),
            _ => "builtins".to_string(),
        };
        let name = if module == "builtins" || module == "__main__" {
            qualname
        } else {
            format!("{module}.{qualname}")
        };
        if self.value_is_instance(exc, &self.exc.syntax_error.clone()) {
            if let Some(text) = self.syntax_error_display(exc) {
                for l in text.lines() {
                    out.push_str(&format!("{margin}{l}\n"));
                }
                self.format_notes(exc, out, margin);
                return;
            }
        }
        let mut msg = match self.str(exc) {
            Ok(s) => s.str_text().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Some(s) = self.suggestion_for(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            out.push_str(&format!("{margin}{name}\n"));
        } else {
            let mut first = true;
            for l in msg.split('\n') {
                if first {
                    out.push_str(&format!("{margin}{name}: {l}\n"));
                    first = false;
                } else {
                    out.push_str(&format!("{margin}{l}\n"));
                }
            }
        }
        self.format_notes(exc, out, margin);
    }

    fn format_notes(&mut self, exc: &Value, out: &mut String, margin: &str) {
        let Some(o) = exc.as_obj() else { return };
        let Some(notes) = self.get_attr_raw(o, "__notes__") else {
            return;
        };
        match notes.payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => {
                for n in self.collect_iterable(&notes).unwrap_or_default() {
                    let s = match n.as_str() {
                        Some(s) => s.to_string(),
                        None => self
                            .str_string(&n)
                            .unwrap_or_else(|_| "<note str() failed>".into()),
                    };
                    for l in s.split('\n') {
                        out.push_str(&format!("{margin}{l}\n"));
                    }
                }
            }
            _ => {
                let r = self.repr_string(&notes).unwrap_or_default();
                out.push_str(&format!("{margin}{r}\n"));
            }
        }
    }

    /// A SyntaxError exception shown like the compiler's report (`File`, source, carets).
    fn syntax_error_display(&mut self, exc: &Value) -> Option<String> {
        let o = exc.as_obj()?;
        let get = |vm: &Vm, n: &str| vm.get_attr_raw(o, n).unwrap_or(Value::None);
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let msg = get(self, "msg");
        let class = self.class_of(exc).clone();
        let kind = if crate::objects::typeobj::is_subtype(&class, &self.exc.tab_error) {
            SyntaxErrorKind::TabError
        } else if crate::objects::typeobj::is_subtype(&class, &self.exc.indentation_error) {
            SyntaxErrorKind::IndentationError
        } else {
            SyntaxErrorKind::SyntaxError
        };
        let msg_text = if msg.is_none() {
            self.str_string(exc).ok()?
        } else {
            self.str_string(&msg).ok()?
        };
        let se = pyasync_syntax::SyntaxError {
            kind,
            msg: msg_text,
            filename: filename.as_str().unwrap_or("<string>").to_string(),
            lineno: lineno.as_i64().unwrap_or(0).max(0) as u32,
            offset: get(self, "offset").as_i64().unwrap_or(0),
            end_lineno: get(self, "end_lineno").as_i64().unwrap_or(0).max(0) as u32,
            end_offset: get(self, "end_offset").as_i64().unwrap_or(0),
            text: get(self, "text").as_str().map(str::to_string),
            span: Span::default(),
            help: None,
        };
        let mut text = pyasync_syntax::render::render_cpython(&se);
        if filename.is_none() {
            // No location: CPython prints only the summary.
            text = se.summary() + "\n";
        }
        // The class name may be a user subclass.
        let qual = class.as_type().map(|t| t.name()).unwrap_or_default();
        if qual != kind.name() {
            text = text.replacen(&format!("{}: ", kind.name()), &format!("{qual}: "), 1);
        }
        Some(text)
    }

    /// CPython's "Exception ignored in: ..." report for an error that cannot propagate.
    pub fn write_unraisable(&mut self, err: &PyErr, what: &str, obj: Option<&Value>) {
        // Nothing is formatted (no `__repr__` runs) when there is nowhere to print.
        if matches!(self.sys_attr("stderr"), Ok(Value::None) | Err(_)) {
            return;
        }
        let mut text = match obj {
            Some(o) => {
                let r = self
                    .repr_string(o)
                    .unwrap_or_else(|_| "<object repr() failed>".into());
                format!("{what}: {r}\n")
            }
            None => format!("{what}\n"),
        };
        // CPython's default `sys.unraisablehook` prints the exception alone, without the
        // exceptions it was chained from.
        let exc = Value::Obj(err.0.clone());
        self.format_single(&exc, &mut text, &GroupCtx::default());
        self.write_report(&text);
    }

    /// Handles an exception that reached the top of the program: SystemExit gives its exit
    /// code; anything else is printed and gives 1.
    pub fn exit_code_for(&mut self, err: &PyErr) -> i32 {
        if self.err_matches(err, &self.exc.system_exit.clone()) {
            let code = self.get_attr_raw(&err.0, "code").unwrap_or(Value::None);
            return match &code {
                Value::None => 0,
                Value::Int(i) => *i as i32,
                Value::Bool(b) => *b as i32,
                // Past a C long, CPython's conversion fails and it exits with -1.
                _ if matches!(code.payload(), Some(Payload::Int(_))) => -1,
                _ => {
                    let s = self.str_string(&code).unwrap_or_default();
                    self.write_stderr(&format!("{s}\n"));
                    1
                }
            };
        }
        let text = self.format_exception(err);
        self.display_exception(&Value::Obj(err.0.clone()), &text);
        // CPython dies by SIGINT after the traceback, which a shell reports as 128 + 2.
        if self.err_matches(err, &self.exc.keyboard_interrupt.clone()) {
            return 130;
        }
        1
    }
}

/// The marker line under a traceback entry's source line, or None when the instruction's
/// range is the whole (stripped) line or spans several lines (CPython 3.11's rules).
fn caret_line(text: &str, line: u32, loc: &Option<(u32, u32, u32, u32)>) -> Option<String> {
    let (l0, l1, c0, c1) = (*loc)?;
    let multiline = l1 > l0;
    let stripped_end = text.trim_end().len();
    // An expression running over several lines is marked on its first line only, to the
    // end of that line, without anchors.
    let c1 = if multiline { stripped_end as u32 } else { c1 };
    if l0 != line || l1 < l0 || c1 <= c0 {
        return None;
    }
    let (c0, c1) = (c0 as usize, c1 as usize);
    let indent = text.len() - text.trim_start().len();
    let segment = text.get(c0..c1.min(text.len()))?;
    let anchors = anchors(segment).filter(|&(a, b)| !multiline && b > a);
    // A range over the whole line needs no markers, unless it has an operator or
    // subscript to point at (traceback.py's "primary char doesn't span the frame line").
    if c0 <= indent && c1 >= stripped_end && anchors.is_none() {
        return None;
    }
    // Columns are bytes; the markers count characters.
    let lead = text.get(indent..c0)?.chars().count();
    let width = segment.chars().count();
    let mut markers: Vec<char> = vec!['^'; width];
    if let Some((a, b)) = anchors {
        for (i, m) in markers.iter_mut().enumerate() {
            *m = if i >= a && i < b { '^' } else { '~' };
        }
    }
    Some(format!(
        "{}{}",
        " ".repeat(lead),
        markers.into_iter().collect::<String>()
    ))
}

/// For a binary operation or subscript, the character range the `^` markers cover (the
/// operator, or the brackets); the rest gets `~` (CPython's `_extract_caret_anchors`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use pyasync_syntax::ast::ExprKind;
    let expr = pyasync_syntax::parse::parse_expression(&format!("({segment}\n)")).ok()?;
    // The parse saw one extra '(' before the segment.
    let shift = 1u32;
    let to_chars = |byte: u32| {
        segment
            .get(..(byte.saturating_sub(shift)) as usize)
            .map(|s| s.chars().count())
    };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let after_left = left.span.end.saturating_sub(shift) as usize;
            let rest = segment.get(after_left..right.span.start.saturating_sub(shift) as usize)?;
            // Skip closing parens and spaces to the operator.
            let op_off = rest.find(|c: char| !c.is_whitespace() && c != ')')?;
            let op_rest = &rest[op_off..];
            let op_len = op_rest
                .find(|c: char| c.is_whitespace() || c == '(')
                .unwrap_or(op_rest.len());
            let start = segment[..after_left + op_off].chars().count();
            Some((start, start + op_rest[..op_len].chars().count()))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let start = to_chars(value.span.end)?;
            let _ = slice;
            let total = segment.chars().count();
            Some((start, total))
        }
        _ => None,
    }
}

/// Where a report is inside exception-group boxes (CPython's `exception_print_context`).
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
    /// Exceptions already printed, so that chains with cycles end.
    seen: Vec<usize>,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn margin(&self) -> String {
        if self.depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }
}
