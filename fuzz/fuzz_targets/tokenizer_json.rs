//! Fuzz target `tokenizer_json`: its body is `targets::tokenizer_json` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::tokenizer_json(data));
