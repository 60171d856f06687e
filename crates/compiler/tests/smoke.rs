//! Compiles a few programs end to end and checks the assembled code is well formed.

use pyasync_compiler::{compile_module, Mode};

fn compile(src: &str) -> std::rc::Rc<pyasync_bytecode::CodeObject> {
    let module = pyasync_syntax::compile_check(src, "t.py").expect("checks");
    let index = pyasync_syntax::LineIndex::new(src);
    let table = pyasync_syntax::symtable::build(&module, src, &index, "t.py");
    compile_module(&module, &table, src, "t.py", Mode::Exec).expect("compiles")
}

#[test]
fn compiles_a_program_with_every_block_kind() {
    let src = r#"
import os.path as p
from a import b as c
class A(Base, metaclass=M):
    """doc"""
    x: int = 1
    def m(self, *args, k=1, **kw):
        return super().m(*args, **kw)
async def main(n):
    total = 0
    for i in range(n):
        if i % 2 and not i > 5:
            continue
        try:
            total += await f(i)
        except ValueError as e:
            print(e)
        finally:
            total -= 1
    try:
        pass
    except* TypeError as eg:
        print(eg)
    async with ctx() as (a, b), other():
        async for x in agen():
            break
    with open("f") as fh:
        return [y async for y in fh if y] + [z for z in range(3)]
def gen():
    x = yield 1
    yield from range(x)
    return lambda q=2: q + x
print(f"{main!r:>{10}} {1+2=}", *[1], **{'sep': ''})
"#;
    let code = compile(src);
    let listing = pyasync_bytecode::dis::disassemble(&code);
    assert!(listing.contains("SEND"), "{listing}");
    assert!(listing.contains("CHECK_EG_MATCH"), "{listing}");
    assert!(listing.contains("ExceptionTable"), "{listing}");
}

#[test]
fn compiles_every_pattern_kind() {
    let src = r#"
def f(v):
    for item in v:
        match item:
            case 1 | -2 | 3j | "s" | b"b" | K.x:
                continue
            case None | True:
                break
            case [a, *_, b] | (b, a):
                pass
            case [first, *rest]:
                pass
            case {"k": [c, *_], **others} if c:
                pass
            case Point(0, y=d) as whole:
                pass
            case _:
                pass
"#;
    let code = compile(src);
    let listing = pyasync_bytecode::dis::disassemble(&code);
    for op in [
        "MATCH_SEQUENCE",
        "MATCH_MAPPING",
        "MATCH_KEYS",
        "MATCH_CLASS",
        "GET_LEN",
        "COPY_DICT_WITHOUT_KEYS",
    ] {
        assert!(listing.contains(op), "{op} missing:\n{listing}");
    }
}
