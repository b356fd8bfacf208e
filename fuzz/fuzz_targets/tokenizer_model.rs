//! Fuzz target `tokenizer_model`: its body is `targets::tokenizer_model` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::tokenizer_model(data));
