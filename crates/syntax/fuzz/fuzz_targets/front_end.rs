//! Any bytes through decoding, parsing and checking: the front end must answer with a module
//! or a `SyntaxError`, never panic, overflow its stack or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = pyasync_syntax::decode_source(data, "fuzz.py") {
        let _ = pyasync_syntax::compile_check(&text, "fuzz.py");
    }
});
