//! Fuzz target `safetensors_index`: its body is `targets::safetensors_index` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::safetensors_index(data));
