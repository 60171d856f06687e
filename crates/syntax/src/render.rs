//! Printing a [`SyntaxError`]: byte for byte as CPython 3.11 prints it to stderr, or as a
//! graphical miette report for terminals.
//!
//! CPython's format (cf. `Python/pythonrun.c`, `print_exception_file_and_line` and
//! `print_error_text`) is four lines:
//!
//! ```text
//!   File "x.py", line 2
//!     await x
//!     ^^^^^^^
//! SyntaxError: 'await' outside async function
//! ```
//!
//! The source line is printed without its leading spaces, tabs and form feeds, and the caret
//! line is indented by the same four spaces. The caret arithmetic works on the UTF-8 *bytes* of
//! the line, although the parser's `offset` counts *characters*: on a line with non-ASCII text
//! before the error CPython's carets land to the left of it, and so do ours. The rules, in
//! order:
//!
//! - only a plain `SyntaxError` uses `end_lineno`/`end_offset`; for `IndentationError` and
//!   `TabError` the range is one caret long;
//! - a range that ends on a later line runs to the end of the first line (its length counts the
//!   line's `\n`); a range never runs past one column after the line's last byte;
//! - the caret count is `end_offset - offset` when `end_offset` is positive and beyond `offset`,
//!   otherwise 1;
//! - an offset past the end of the line is clipped to the end; if `text` holds several lines,
//!   the ones before the offset are skipped; an offset that falls left of the stripped text
//!   (0, or inside the indentation) prints no caret line at all;
//! - without `text`, only the `File` line and the summary are printed.
//!
//! The graphical report ([`render_graphical`]) draws the same error with the source around it,
//! the offending span labelled and the optional fix-it [`crate::error::Help`]; its last line is
//! still CPython's `SyntaxError: msg`, so tools that read only the last line see the same thing.

use crate::error::{SyntaxError, SyntaxErrorKind};
use miette::{Diagnostic, GraphicalReportHandler, LabeledSpan, NamedSource, SourceSpan};

/// The text CPython 3.11 writes to stderr when a script fails to compile with `err`.
pub fn render_cpython(err: &SyntaxError) -> String {
    if err.is_too_deep() {
        // CPython raises RecursionError here, which carries no file or line.
        return format!("RecursionError: {}\n", err.msg);
    }
    let mut out = format!("  File \"{}\", line {}\n", err.filename, err.lineno);
    if let Some(text) = &err.text {
        let (end_lineno, mut end_offset) = match err.kind {
            SyntaxErrorKind::SyntaxError => (i64::from(err.end_lineno), err.end_offset),
            // CPython reads the end position only for SyntaxError itself, not its subclasses.
            SyntaxErrorKind::IndentationError | SyntaxErrorKind::TabError => {
                (i64::from(err.lineno), -1)
            }
        };
        let line_size = text.len() as i64;
        if end_lineno > i64::from(err.lineno) {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        push_error_text(&mut out, err.offset, end_offset, text);
    }
    out.push_str(&summary_line(err));
    out.push('\n');
    out
}

/// CPython's last line: the class name, then `: msg` unless the message is empty.
fn summary_line(err: &SyntaxError) -> String {
    if err.msg.is_empty() {
        err.kind.name().to_string()
    } else {
        err.summary()
    }
}

/// The source line and the caret line (cf. pythonrun.c `print_error_text`). `offset` and
/// `end_offset` are 1-based; all arithmetic is on bytes, as in CPython.
fn push_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset.saturating_sub(offset)
    } else {
        1
    };
    // CPython handles the text as a C string: it stops at the first NUL byte.
    let mut text = text.split('\0').next().unwrap_or("");
    let mut offset = offset.saturating_sub(1);

    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset = offset.saturating_sub((text.len() - stripped.len()) as i64);
    text = stripped;

    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);

    // Skip the lines of a multi-line text that end before the offset.
    while let Some(nl) = text.find('\n') {
        let nl = nl as i64;
        if nl >= offset {
            break;
        }
        let skip = nl + 1;
        text = text.get(skip as usize..).unwrap_or("");
        len -= skip;
        offset -= skip;
    }

    out.push_str("    ");
    out.push_str(text);
    if text.as_bytes().get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', carets.max(1) as usize));
    out.push('\n');
}

/// A [`SyntaxError`] together with its source, as a `miette` diagnostic: the offending span is
/// labelled, and the fix-it help (if any) is shown as a second label and a `help:` line.
#[derive(Debug)]
pub struct SyntaxReport {
    error: SyntaxError,
    source: NamedSource<String>,
}

impl SyntaxReport {
    /// The report for `error`, found in `source` (the whole file's text).
    pub fn new(error: SyntaxError, source: &str) -> SyntaxReport {
        let source = NamedSource::new(&error.filename, source.to_string());
        SyntaxReport { error, source }
    }

    /// `span` as a miette span, clamped to the source text so that a bad span can never make
    /// the report fail.
    fn source_span(&self, span: crate::span::Span) -> SourceSpan {
        let len = self.source.inner().len();
        let start = (span.start as usize).min(len);
        let end = (span.end as usize).clamp(start, len);
        SourceSpan::new(start.into(), end - start)
    }
}

/// The report's heading is the bare message; the class name labels the span, and CPython's
/// full `SyntaxError: msg` line closes the report (see [`render_graphical`]).
impl std::fmt::Display for SyntaxReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.error.msg)
    }
}

impl std::error::Error for SyntaxReport {}

impl Diagnostic for SyntaxReport {
    /// A help without a span is a `help:` line; one with a span labels that span instead.
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        let help = self.error.help.as_ref().filter(|h| h.span.is_none())?;
        Some(Box::new(help.text.clone()))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            Some(self.error.kind.name().to_string()),
            self.source_span(self.error.span),
        )];
        if let Some(help) = &self.error.help {
            if let Some(span) = help.span {
                labels.push(LabeledSpan::new_with_span(
                    Some(format!("help: {}", help.text)),
                    self.source_span(span),
                ));
            }
        }
        Some(Box::new(labels.into_iter()))
    }
}

/// The terminal report for `err` found in `source`: miette's graphical drawing (with colours
/// when `colour` is set), followed by CPython's last line `SyntaxError: msg`. Falls back to
/// [`render_cpython`] if miette cannot draw it.
pub fn render_graphical(err: &SyntaxError, source: &str, colour: bool) -> String {
    let theme = if colour {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme);
    let report = SyntaxReport::new(err.clone(), source);
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        return render_cpython(err);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&summary_line(err));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn error(offset: i64, end_offset: i64, text: &str) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax".to_string(),
            filename: "x.py".to_string(),
            lineno: 1,
            offset,
            end_lineno: 1,
            end_offset,
            text: Some(text.to_string()),
            span: Span::new(0, 1),
            help: None,
        }
    }

    #[test]
    fn graphical_report_ends_with_the_cpython_line() {
        let src = "def f():\n    await x\n";
        let mut err = error(5, 12, "    await x\n");
        err.span = Span::new(13, 20);
        let help = "make 'f' async: async def f(...)";
        let out = render_graphical(
            &err.clone().with_help(help, Some(Span::new(0, 7))),
            src,
            false,
        );
        assert!(out.ends_with("\nSyntaxError: invalid syntax\n"), "{out}");
        assert!(
            out.contains("╰── help: make 'f' async: async def f(...)"),
            "{out}"
        );
        let out = render_graphical(&err.with_help(help, None), src, false);
        assert!(
            out.contains("  help: make 'f' async: async def f(...)\n"),
            "{out}"
        );
    }

    #[test]
    fn graphical_report_survives_a_span_past_the_end() {
        let mut err = error(1, 2, "x\n");
        err.span = Span::new(50, 90);
        let out = render_graphical(&err, "x\n", false);
        assert!(out.ends_with("SyntaxError: invalid syntax\n"), "{out}");
    }
}
