//! Fuzz target `gguf_vocab`: its body is `targets::gguf_vocab` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::gguf_vocab(data));
