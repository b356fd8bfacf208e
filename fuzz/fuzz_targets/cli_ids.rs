//! Fuzz target `cli_ids`: its body is `targets::cli_ids` (see ../targets.rs).
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::cli_ids(data));
