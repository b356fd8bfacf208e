//! Host memory the CPU plugin uses in place and may write (`Client::upload_host_mutable`), as
//! the KV cache is: donated along a chain of calls, its memory passes from output to output,
//! only the pages written become resident, and it is freed (never under the plugin, and without
//! waiting forever) once the last buffer using it is dropped.

mod common;

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use xlagen::dtype::{DType, TensorType};
use xlagen::program::Program;
use xlagen::runtime::{CompileOptions, HostBuffer};

const PAGE: usize = 4096;
const ROWS: i64 = 64;
/// 128 KiB of f32 per row: 32 whole pages, so a row written is a known set of pages.
const COLS: i64 = 32 * 1024;

fn cache_ty() -> TensorType {
    TensorType::new(DType::F32, &[ROWS, COLS])
}

/// `main(cache, update, row)`: `cache` with row `row` replaced by `update`, written in place
/// when `cache` is donated (its output aliases it).
fn row_update_program() -> Program {
    let (cache, row) = (cache_ty(), TensorType::new(DType::F32, &[1, COLS]));
    let (c, r) = (cache.mlir(), row.mlir());
    let mlir = format!(
        "module {{\n  func.func public @main(%cache: {c} {{tf.aliasing_output = 0 : i32}}, \
         %update: {r}, %row: tensor<i32>) -> {c} {{\n    \
         %zero = stablehlo.constant dense<0> : tensor<i32>\n    \
         %0 = stablehlo.dynamic_update_slice %cache, %update, %row, %zero \
         : ({c}, {r}, tensor<i32>, tensor<i32>) -> {c}\n    return %0 : {c}\n  }}\n}}\n"
    );
    Program {
        mlir,
        inputs: vec![cache, row, TensorType::scalar(DType::I32)],
        outputs: vec![cache_ty()],
    }
}

/// Whether each page of `[address, address + len)` is in this process's page table (bit 63 of
/// its `/proc/self/pagemap` entry, readable without privileges).
fn resident_pages(address: usize, len: usize) -> Vec<bool> {
    assert_eq!(address % PAGE, 0, "not page-aligned");
    let mut map = File::open("/proc/self/pagemap").expect("reading /proc/self/pagemap");
    map.seek(SeekFrom::Start((address / PAGE * 8) as u64))
        .unwrap();
    let mut entries = vec![0u8; len.div_ceil(PAGE) * 8];
    map.read_exact(&mut entries).unwrap();
    entries
        .chunks_exact(8)
        .map(|e| u64::from_le_bytes(e.try_into().unwrap()) >> 63 == 1)
        .collect()
}

/// Runs `body` on another thread, failing if it does not finish within a minute: a call or a
/// drop that waits for the plugin to release host memory it never releases would hang.
fn within_a_minute(body: impl FnOnce() + Send + 'static) {
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        body();
        done.send(()).unwrap();
    });
    match finished.recv_timeout(Duration::from_secs(60)) {
        Ok(()) => {}
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("still running after a minute: host memory is waited for forever")
        }
        // The body panicked; its message is printed above.
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the test body failed"),
    }
}

#[test]
fn a_donated_host_cache_is_written_in_place_and_resident_only_where_written() {
    within_a_minute(donated_host_cache_body);
}

fn donated_host_cache_body() {
    let client = common::client();
    let exe = client
        .compile(&row_update_program(), &CompileOptions::new())
        .unwrap();
    let host = HostBuffer::zeroed(&cache_ty()).unwrap();
    let (address, len) = (host.bytes().as_ptr() as usize, cache_ty().size_bytes());
    let mut cache = client.upload_host_mutable(host).unwrap();
    assert!(cache.aliases_host_memory());
    assert_eq!(
        cache.device_pointer().unwrap(),
        address,
        "the cache was copied"
    );
    assert!(
        resident_pages(address, len).iter().all(|&r| !r),
        "the upload touched the cache's pages"
    );

    let written: Vec<i64> = (0..8).map(|step| step * 3).collect();
    let mut expected = vec![0f32; len / 4];
    for (step, &row) in written.iter().enumerate() {
        let values: Vec<f32> = (0..COLS).map(|j| (step * 1000) as f32 + j as f32).collect();
        let update = client.upload(&values, &[1, COLS]).unwrap();
        let index = client.upload(&[row as i32], &[]).unwrap();
        let mut out = exe
            .execute(vec![cache.donate(), (&update).into(), (&index).into()])
            .unwrap();
        cache = out.remove(0);
        assert_eq!(
            cache.device_pointer().unwrap(),
            address,
            "step {step}: the output does not use the host memory in place"
        );
        assert!(
            cache.aliases_host_memory(),
            "step {step}: memory not passed on"
        );
        let at = (row * COLS) as usize;
        expected[at..at + COLS as usize].copy_from_slice(&values);
    }
    cache.block_until_ready().unwrap();

    // Before reading anything back: exactly the rows written are resident.
    let pages_per_row = (COLS as usize * 4) / PAGE;
    let want: Vec<bool> = (0..len / PAGE)
        .map(|page| written.contains(&((page / pages_per_row) as i64)))
        .collect();
    assert_eq!(resident_pages(address, len), want);
    assert!(cache.to_host::<f32>().unwrap() == expected, "wrong values");

    drop(cache);
    // Freed, not leaked: the pages written are unmapped again.
    let left = resident_pages(address, len).iter().filter(|&&r| r).count();
    assert_eq!(
        left, 0,
        "{left} pages of the cache are still mapped after its drop"
    );
}

#[test]
fn host_memory_no_output_uses_stays_with_its_donated_buffer_until_the_call_ends() {
    within_a_minute(unaliased_donation_body);
}

fn unaliased_donation_body() {
    // `a + b` aliases nothing: the donated buffer's memory is read, the output is elsewhere,
    // and the argument's drop (inside `execute`) waits for the call to finish with it.
    let client = common::client();
    let ty = TensorType::new(DType::F32, &[4]);
    let add = Program {
        mlir: "module {\n  func.func public @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> \
               tensor<4xf32> {\n    %0 = stablehlo.add %a, %b : tensor<4xf32>\n    \
               return %0 : tensor<4xf32>\n  }\n}\n"
            .to_string(),
        inputs: vec![ty.clone(), ty.clone()],
        outputs: vec![ty.clone()],
    };
    let exe = client.compile(&add, &CompileOptions::new()).unwrap();
    let b = client.upload(&[0.5f32, 0.25, 0.125, 2.0], &[4]).unwrap();
    for round in 0..20 {
        let mut host = HostBuffer::zeroed(&ty).unwrap();
        let v = round as f32;
        host.elements_mut::<f32>()
            .unwrap()
            .copy_from_slice(&[v, v + 1.0, v + 2.0, v + 3.0]);
        let address = host.bytes().as_ptr() as usize;
        let a = client.upload_host_mutable(host).unwrap();
        let out = exe
            .execute(vec![a.donate(), (&b).into()])
            .unwrap()
            .remove(0);
        assert_ne!(out.device_pointer().unwrap(), address);
        assert!(!out.aliases_host_memory());
        let want = [v + 0.5, v + 1.25, v + 2.125, v + 5.0];
        assert_eq!(out.to_host::<f32>().unwrap(), want, "round {round}");
    }
}

#[test]
fn a_resident_host_buffer_has_every_page_from_the_start() {
    let host = HostBuffer::zeroed_resident(&cache_ty()).unwrap();
    let (address, len) = (host.bytes().as_ptr() as usize, cache_ty().size_bytes());
    let resident = resident_pages(address, len);
    assert!(resident.iter().all(|&r| r), "some pages are not resident");
    let cache = common::client().upload_host_mutable(host).unwrap();
    assert_eq!(cache.device_pointer().unwrap(), address, "copied");
    assert!(cache.to_host::<f32>().unwrap().iter().all(|&x| x == 0.0));
}

#[test]
fn a_file_map_cannot_be_uploaded_writable() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gguf/tiny_llama.gguf");
    let gguf = xlagen::formats::gguf::GgufFile::open(&path).unwrap();
    let name = "blk.1.ffn_up.weight";
    let (dims, _) = gguf.tensor_f32(name).unwrap();
    let (map, offset) = gguf.tensor_in_map(name).unwrap();
    let host = HostBuffer::mapped(map, offset, &TensorType::new(DType::F32, &dims)).unwrap();
    let err = common::client()
        .upload_host_mutable(host)
        .unwrap_err()
        .to_string();
    assert!(err.contains("read-only file map"), "{err}");
}
