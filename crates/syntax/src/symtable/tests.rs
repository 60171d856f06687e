//! Unit tests of the symbol table.

use super::flags::*;
use super::*;

fn table(src: &str) -> (Module, SymbolTable) {
    let module = crate::parse::parse_module(src).expect("parses");
    let index = LineIndex::new(src);
    let t = build(&module, src, &index, "t.py");
    (module, t)
}

fn scope_named<'t>(t: &'t SymbolTable, name: &str) -> &'t Scope {
    t.scopes
        .iter()
        .find(|s| s.name == name)
        .expect("scope exists")
}

#[test]
fn locals_globals_and_cells() {
    let (_, t) = table(
        "g = 1\ndef outer(a):\n    b = a\n    def inner():\n        return b + g\n    return inner\n",
    );
    assert!(t.errors.is_empty(), "{:?}", t.errors);
    let outer = scope_named(&t, "outer");
    assert_eq!(outer.lookup("a"), SymbolScope::Local);
    assert_eq!(outer.lookup("b"), SymbolScope::Cell);
    assert_eq!(outer.lookup("inner"), SymbolScope::Local);
    assert_eq!(outer.params, vec!["a"]);
    let inner = scope_named(&t, "inner");
    assert_eq!(inner.lookup("b"), SymbolScope::Free);
    assert_eq!(inner.lookup("g"), SymbolScope::GlobalImplicit);
    assert_eq!(inner.freevars(), vec!["b"]);
    assert_eq!(outer.cellvars(), vec!["b"]);
}

#[test]
fn free_variable_passes_through_middle_function() {
    let (_, t) =
        table("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n");
    assert_eq!(scope_named(&t, "a").lookup("x"), SymbolScope::Cell);
    assert_eq!(scope_named(&t, "b").lookup("x"), SymbolScope::Free);
    assert_eq!(scope_named(&t, "c").lookup("x"), SymbolScope::Free);
}

#[test]
fn class_body_is_skipped_by_methods() {
    let (_, t) = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    assert_eq!(scope_named(&t, "f").lookup("x"), SymbolScope::Cell);
    let c = scope_named(&t, "C");
    assert_eq!(c.lookup("x"), SymbolScope::Local);
    assert!(c.symbol("x").is_some_and(|s| s.has(DEF_FREE_CLASS)));
    assert_eq!(scope_named(&t, "m").lookup("x"), SymbolScope::Free);
}

#[test]
fn super_needs_class_cell() {
    let (_, t) = table("class C:\n    def m(self):\n        return super().m()\n");
    assert!(scope_named(&t, "C").needs_class_closure);
    assert_eq!(scope_named(&t, "m").lookup("__class__"), SymbolScope::Free);
}

#[test]
fn comprehension_scopes_and_walrus() {
    let (_, t) = table("def f(xs):\n    return [y := x for x in xs], y\n");
    assert!(t.errors.is_empty(), "{:?}", t.errors);
    let f = scope_named(&t, "f");
    assert_eq!(f.lookup("y"), SymbolScope::Cell);
    let comp = scope_named(&t, "<listcomp>");
    assert_eq!(comp.params, vec![".0"]);
    assert_eq!(comp.lookup("x"), SymbolScope::Local);
    assert_eq!(comp.lookup("y"), SymbolScope::Free);
    assert_eq!(f.lookup("xs"), SymbolScope::Local);
}

#[test]
fn async_flags() {
    let (_, t) = table(
        "async def c():\n    await x\nasync def g():\n    yield 1\ndef h():\n    return (await y for y in z)\n",
    );
    let c = scope_named(&t, "c");
    assert!(c.is_coroutine && !c.is_generator);
    let g = scope_named(&t, "g");
    assert!(g.is_coroutine && g.is_generator);
    let gen = scope_named(&t, "<genexpr>");
    assert!(gen.is_coroutine && gen.is_generator);
}

#[test]
fn mangling() {
    assert_eq!(mangle_name(Some("_Foo"), "__x"), "_Foo__x");
    assert_eq!(mangle_name(Some("Foo"), "__x__"), "__x__");
    assert_eq!(mangle_name(Some("___"), "__x"), "__x");
    let (_, t) = table("class C:\n    def m(self):\n        self.__a = 1\n        __b = 2\n");
    assert!(scope_named(&t, "m").symbol("_C__b").is_some());
}

#[test]
fn errors_in_cpython_order() {
    // The analyze-pass error on line 1 comes after the build-pass error on line 3.
    let (_, t) = table("nonlocal x\ndef f():\n    from os import *\ndef g(b):\n    global b\n");
    let msgs: Vec<&str> = t.errors.iter().map(|e| e.msg.as_str()).collect();
    assert_eq!(
        msgs,
        vec![
            "import * only allowed at module level",
            "name 'b' is parameter and global",
            "nonlocal declaration not allowed at module level",
        ]
    );
}
