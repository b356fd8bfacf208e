//! Fuzz target `chat_template`: its body is `targets::chat_template` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::chat_template(data));
