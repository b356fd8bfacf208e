//! Fuzz target `safetensors_header`: its body is `targets::safetensors_header` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::safetensors_header(data));
