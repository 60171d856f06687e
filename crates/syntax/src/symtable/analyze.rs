//! The analysis pass: resolves every name of every scope to a [`SymbolScope`], top-down, with
//! the names bound by enclosing functions (CPython's `analyze_block` / `analyze_name`).

use std::collections::HashSet;

use indexmap::IndexMap;

use super::flags::*;
use super::{ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable};
use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::span::LineIndex;

/// The analysis pass (CPython's `analyze_block` and friends).
pub(super) struct Analyzer<'t, 'a> {
    pub(super) table: &'t mut SymbolTable,
    pub(super) errors: &'t mut Vec<SyntaxError>,
    pub(super) source: &'a str,
    pub(super) index: &'a LineIndex,
    pub(super) filename: &'a str,
}

impl Analyzer<'_, '_> {
    fn error_at_directive(&mut self, scope: ScopeId, name: &str, msg: String) {
        let span = self.table.scopes[scope.0 as usize]
            .directives
            .get(name)
            .copied()
            .unwrap_or_default();
        self.errors.push(SyntaxError::at_span(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.filename,
            self.source,
            self.index,
            span,
            ColumnUnit::Bytes,
        ));
    }

    /// Resolves the names of `id` and its children. `bound` holds the names bound by enclosing
    /// functions (`None` at module level), `global` the names known global; on return `free`
    /// holds the names this block needs from outside.
    pub(super) fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: Option<&HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) {
        let idx = id.0 as usize;
        let kind = self.table.scopes[idx].kind;
        let mut local: HashSet<String> = HashSet::new();
        let mut scopes: IndexMap<String, SymbolScope> = IndexMap::new();
        let mut new_global: HashSet<String> = HashSet::new();
        let mut new_bound: HashSet<String> = HashSet::new();
        let mut new_free: HashSet<String> = HashSet::new();

        // A class body's names are invisible to its methods, so the sets pass through it.
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            if let Some(b) = bound {
                new_bound.extend(b.iter().cloned());
            }
        }

        let symbols: Vec<(String, u16)> = self.table.scopes[idx]
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.flags))
            .collect();
        let mut bound_local: Option<HashSet<String>> = bound.cloned();
        for (name, flags) in &symbols {
            self.analyze_name(
                id,
                &mut scopes,
                name,
                *flags,
                bound_local.as_mut(),
                &mut local,
                free,
                global,
            );
        }

        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound_local {
                new_bound.extend(b.iter().cloned());
            }
            new_global.extend(global.iter().cloned());
        } else {
            // Methods may use the implicit `__class__` cell of their class.
            new_bound.insert("__class__".to_string());
        }

        let mut all_free: HashSet<String> = HashSet::new();
        let children = self.table.scopes[idx].children.clone();
        for child in children {
            // Each child gets its own copies (CPython's analyze_child_block).
            let child_bound = new_bound.clone();
            let mut child_free = new_free.clone();
            let mut child_global = new_global.clone();
            self.analyze_block(
                child,
                Some(&child_bound),
                &mut child_free,
                &mut child_global,
            );
            all_free.extend(child_free);
            let c = &self.table.scopes[child.0 as usize];
            if c.has_free || c.child_has_free {
                self.table.scopes[idx].child_has_free = true;
            }
        }
        new_free.extend(all_free);

        if kind.is_function_like() {
            // Locals captured by children become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == SymbolScope::Local && new_free.remove(name) {
                    *sc = SymbolScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && new_free.remove("__class__") {
            self.table.scopes[idx].needs_class_closure = true;
        }

        // Write the scopes back, then record free names passing through this block.
        let scope = &mut self.table.scopes[idx];
        for (name, sc) in &scopes {
            if let Some(sym) = scope.symbols.get_mut(name) {
                sym.scope = *sc;
            }
        }
        let mut passing: Vec<&String> = new_free.iter().collect();
        passing.sort();
        for name in passing {
            if let Some(sym) = scope.symbols.get_mut(name.as_str()) {
                if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = &bound_local {
                if !b.contains(name.as_str()) {
                    continue;
                }
            } else {
                continue;
            }
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: SymbolScope::Free,
                },
            );
        }
        free.extend(new_free);
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut IndexMap<String, SymbolScope>,
        name: &str,
        flags: u16,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) {
        let idx = id.0 as usize;
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                self.error_at_directive(id, name, format!("name '{name}' is nonlocal and global"));
                scopes.insert(name.to_string(), SymbolScope::GlobalExplicit);
                return;
            }
            scopes.insert(name.to_string(), SymbolScope::GlobalExplicit);
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return;
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                self.error_at_directive(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".to_string(),
                );
                scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
                return;
            };
            if !b.contains(name) {
                self.error_at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                );
                scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
                return;
            }
            scopes.insert(name.to_string(), SymbolScope::Free);
            self.table.scopes[idx].has_free = true;
            free.insert(name.to_string());
            return;
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), SymbolScope::Local);
            local.insert(name.to_string());
            global.remove(name);
            return;
        }
        if bound.is_some_and(|b| b.contains(name)) {
            scopes.insert(name.to_string(), SymbolScope::Free);
            self.table.scopes[idx].has_free = true;
            free.insert(name.to_string());
            return;
        }
        if global.contains(name) {
            scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
            return;
        }
        if self.table.scopes[idx].is_nested {
            self.table.scopes[idx].has_free = true;
        }
        scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
    }
}
