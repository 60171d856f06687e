//! From source text to runnable code inside the VM: the front end's checks, the compiler,
//! and the conversion of a front-end `SyntaxError` into the Python exception (with its
//! `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`).

use std::rc::Rc;

use pyasync_compiler::{CompileError, Mode};
use pyasync_syntax::{ColumnUnit, LineIndex, SyntaxError, SyntaxErrorKind};

use crate::code::Code;
use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// Compiles a module's source (`exec` mode, or `single` for the REPL).
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Rc<Code>> {
        self.sources.insert(filename.to_string(), Rc::from(source));
        let checked = if mode == Mode::Single {
            pyasync_syntax::compile_check_single(source, filename)
        } else {
            pyasync_syntax::compile_check(source, filename)
        };
        let module = checked.map_err(|e| self.syntax_error(&e))?;
        let index = LineIndex::new(source);
        let table = pyasync_syntax::symtable::build(&module, source, &index, filename);
        let code = pyasync_compiler::compile_module(&module, &table, source, filename, mode)
            .map_err(|e| self.compile_error(e, source, &index, filename))?;
        Ok(Code::load(self, code))
    }

    /// Compiles one expression (`eval` mode).
    pub fn compile_expression(&mut self, source: &str, filename: &str) -> PyResult<Rc<Code>> {
        self.sources.insert(filename.to_string(), Rc::from(source));
        let trimmed = source.trim_start_matches([' ', '\t']);
        let expr = pyasync_syntax::parse_expression(trimmed, filename)
            .map_err(|e| self.syntax_error(&e))?;
        // The checker works on modules: wrap the expression in one.
        let module = pyasync_syntax::ast::Module {
            body: vec![pyasync_syntax::ast::Stmt {
                span: expr.span,
                kind: pyasync_syntax::ast::StmtKind::Expr {
                    value: Box::new(expr),
                },
            }],
        };
        let index = LineIndex::new(trimmed);
        if let Some(e) = pyasync_syntax::check::check_module(&module, trimmed, &index, filename)
            .into_iter()
            .next()
        {
            return Err(self.syntax_error(&e));
        }
        let table = pyasync_syntax::symtable::build(&module, trimmed, &index, filename);
        let pyasync_syntax::ast::StmtKind::Expr { value } = &module.body[0].kind else {
            return Err(self.system_error("eval: lost the expression"));
        };
        let code = pyasync_compiler::compile_expression(value, &table, trimmed, filename)
            .map_err(|e| self.compile_error(e, trimmed, &index, filename))?;
        Ok(Code::load(self, code))
    }

    fn compile_error(
        &self,
        e: CompileError,
        source: &str,
        index: &LineIndex,
        filename: &str,
    ) -> PyErr {
        match e {
            CompileError::Syntax { msg, span } => {
                let se = SyntaxError::at_span(
                    SyntaxErrorKind::SyntaxError,
                    msg,
                    filename,
                    source,
                    index,
                    span,
                    ColumnUnit::Bytes,
                );
                self.syntax_error(&se)
            }
            CompileError::Internal(msg) => self.system_error(format!("compiler error: {msg}")),
        }
    }

    /// The Python exception for a front-end SyntaxError.
    pub fn syntax_error(&self, e: &SyntaxError) -> PyErr {
        if e.is_too_deep() {
            return self.new_error(&self.exc.recursion_error, e.msg.as_str());
        }
        let class = match e.kind {
            SyntaxErrorKind::SyntaxError => &self.exc.syntax_error,
            SyntaxErrorKind::IndentationError => &self.exc.indentation_error,
            SyntaxErrorKind::TabError => &self.exc.tab_error,
        };
        let text = match &e.text {
            Some(t) => self.new_str(t.as_str()),
            None => Value::None,
        };
        let details = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset),
            text.clone(),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset),
        ]);
        let exc = self.new_exception(class, vec![self.new_str(e.msg.as_str()), details]);
        self.set_syntax_error_fields(&exc, e, text);
        PyErr(exc)
    }

    fn set_syntax_error_fields(&self, exc: &ObjRef, e: &SyntaxError, text: Value) {
        self.set_attr_raw(exc, "msg", self.new_str(e.msg.as_str()));
        self.set_attr_raw(exc, "filename", self.new_str(e.filename.as_str()));
        self.set_attr_raw(exc, "lineno", Value::Int(e.lineno as i64));
        self.set_attr_raw(exc, "offset", Value::Int(e.offset));
        self.set_attr_raw(exc, "text", text);
        self.set_attr_raw(exc, "end_lineno", Value::Int(e.end_lineno as i64));
        self.set_attr_raw(exc, "end_offset", Value::Int(e.end_offset));
        self.set_attr_raw(exc, "print_file_and_line", Value::None);
    }
}
