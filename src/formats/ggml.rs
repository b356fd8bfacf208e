//! GGML tensor types: their block layouts, and dequantization of the supported ones to f32.
//!
//! Quantized types store fixed-size blocks along the fastest axis (ne[0]); each block holds one
//! or two f16 scales and packed integers. Layouts follow ggml's `ggml-common.h`.

use std::fmt;

use anyhow::{bail, Result};
use half::{bf16, f16};

/// A GGML tensor element type, spelled as in ggml.h.
#[allow(non_camel_case_types)]
#[rustfmt::skip]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GgmlType {
    F32, F16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q8_1, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, Q8_K,
    IQ2_XXS, IQ2_XS, IQ3_XXS, IQ1_S, IQ4_NL, IQ3_S, IQ2_S, IQ4_XS, I8, I16, I32, I64, F64,
    IQ1_M, BF16, TQ1_0, TQ2_0, MXFP4,
    /// A type id this reader does not know; its size is unknown, so it cannot be read.
    Other(u32),
}

impl GgmlType {
    #[rustfmt::skip]
    pub(crate) fn from_id(id: u32) -> GgmlType {
        use GgmlType::*;
        match id {
            0 => F32, 1 => F16, 2 => Q4_0, 3 => Q4_1, 6 => Q5_0, 7 => Q5_1, 8 => Q8_0, 9 => Q8_1,
            10 => Q2_K, 11 => Q3_K, 12 => Q4_K, 13 => Q5_K, 14 => Q6_K, 15 => Q8_K,
            16 => IQ2_XXS, 17 => IQ2_XS, 18 => IQ3_XXS, 19 => IQ1_S, 20 => IQ4_NL, 21 => IQ3_S,
            22 => IQ2_S, 23 => IQ4_XS, 24 => I8, 25 => I16, 26 => I32, 27 => I64, 28 => F64,
            29 => IQ1_M, 30 => BF16, 34 => TQ1_0, 35 => TQ2_0, 39 => MXFP4,
            other => Other(other),
        }
    }

    /// (elements per block, bytes per block), from GGML's type traits.
    #[rustfmt::skip]
    pub fn block_layout(self) -> Option<(u64, u64)> {
        use GgmlType::*;
        Some(match self {
            F32 | I32 => (1, 4), F16 | BF16 | I16 => (1, 2), I8 => (1, 1), I64 | F64 => (1, 8),
            Q4_0 => (32, 18), Q4_1 => (32, 20), Q5_0 => (32, 22), Q5_1 => (32, 24),
            Q8_0 => (32, 34), Q8_1 => (32, 40), Q2_K => (256, 84), Q3_K => (256, 110),
            Q4_K => (256, 144), Q5_K => (256, 176), Q6_K => (256, 210), Q8_K => (256, 292),
            IQ2_XXS => (256, 66), IQ2_XS => (256, 74), IQ3_XXS => (256, 98), IQ1_S => (256, 50),
            IQ4_NL => (32, 18), IQ3_S => (256, 110), IQ2_S => (256, 82), IQ4_XS => (256, 136),
            IQ1_M => (256, 56), TQ1_0 => (256, 54), TQ2_0 => (256, 66), MXFP4 => (32, 17),
            Other(_) => return None,
        })
    }
}

impl fmt::Display for GgmlType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GgmlType::Other(id) => write!(f, "unknown GGML type {id}"),
            t => write!(f, "{t:?}"),
        }
    }
}

/// Dequantizes a tensor's stored bytes (a whole number of blocks, as checked at open) to f32.
pub fn dequantize(ggml_type: GgmlType, bytes: &[u8]) -> Result<Vec<f32>> {
    let f16_at = |b: &[u8], i: usize| f16::from_le_bytes([b[i], b[i + 1]]).to_f32();
    Ok(match ggml_type {
        GgmlType::F32 => bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect(),
        GgmlType::F16 => bytes.chunks_exact(2).map(|b| f16_at(b, 0)).collect(),
        GgmlType::BF16 => bytes
            .chunks_exact(2)
            .map(|b| bf16::from_le_bytes([b[0], b[1]]).to_f32())
            .collect(),
        // Q8_0: f16 scale d, then 32 signed bytes: x = d * q.
        GgmlType::Q8_0 => blocks(bytes, 34, 32, |b, out| {
            let d = f16_at(b, 0);
            for (o, &q) in out.iter_mut().zip(&b[2..34]) {
                *o = d * (q as i8) as f32;
            }
        }),
        // Q4_0: f16 d, then 16 bytes of nibbles; low nibbles are x[0..16], high x[16..32];
        // x = d * (q - 8).
        GgmlType::Q4_0 => blocks(bytes, 18, 32, |b, out| {
            let d = f16_at(b, 0);
            for (j, &q) in b[2..18].iter().enumerate() {
                out[j] = d * ((q & 0x0f) as i32 - 8) as f32;
                out[j + 16] = d * ((q >> 4) as i32 - 8) as f32;
            }
        }),
        // Q4_1: f16 d, f16 min m, nibbles as Q4_0: x = d * q + m.
        GgmlType::Q4_1 => blocks(bytes, 20, 32, |b, out| {
            let (d, m) = (f16_at(b, 0), f16_at(b, 2));
            for (j, &q) in b[4..20].iter().enumerate() {
                out[j] = d * (q & 0x0f) as f32 + m;
                out[j + 16] = d * (q >> 4) as f32 + m;
            }
        }),
        GgmlType::Q4_K => blocks(bytes, 144, 256, dequantize_q4_k_block),
        GgmlType::Q6_K => blocks(bytes, 210, 256, dequantize_q6_k_block),
        other => bail!(
            "{other} is not supported (expected F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q4_K or Q6_K)"
        ),
    })
}

fn blocks(
    bytes: &[u8],
    block_bytes: usize,
    block_elems: usize,
    f: impl Fn(&[u8], &mut [f32]),
) -> Vec<f32> {
    let mut out = vec![0f32; bytes.len() / block_bytes * block_elems];
    for (b, o) in bytes
        .chunks_exact(block_bytes)
        .zip(out.chunks_exact_mut(block_elems))
    {
        f(b, o);
    }
    out
}

/// Q4_K super-block of 256: f16 d, f16 dmin, 12 bytes packing eight 6-bit (scale, min) pairs,
/// then 128 bytes of nibbles. Each 64 values take 32 bytes: low nibbles with pair 2k, high
/// nibbles with pair 2k+1; x = d * scale * q - dmin * min.
fn dequantize_q4_k_block(b: &[u8], out: &mut [f32]) {
    let d = f16::from_le_bytes([b[0], b[1]]).to_f32();
    let dmin = f16::from_le_bytes([b[2], b[3]]).to_f32();
    let scales = &b[4..16];
    let scale_min = |j: usize| -> (f32, f32) {
        let (sc, m) = if j < 4 {
            (scales[j] & 63, scales[j + 4] & 63)
        } else {
            (
                (scales[j + 4] & 0x0f) | ((scales[j - 4] >> 6) << 4),
                (scales[j + 4] >> 4) | ((scales[j] >> 6) << 4),
            )
        };
        (d * sc as f32, dmin * m as f32)
    };
    for (chunk, (qs, out)) in b[16..144]
        .chunks_exact(32)
        .zip(out.chunks_exact_mut(64))
        .enumerate()
    {
        let (d1, m1) = scale_min(2 * chunk);
        let (d2, m2) = scale_min(2 * chunk + 1);
        for (l, &q) in qs.iter().enumerate() {
            out[l] = d1 * (q & 0x0f) as f32 - m1;
            out[l + 32] = d2 * (q >> 4) as f32 - m2;
        }
    }
}

/// Q6_K super-block of 256: 128 bytes of low nibbles, 64 bytes of high 2-bit pairs, 16 signed
/// 8-bit scales (one per 16 values), f16 d. Each half of 128 values: x = d * scale * (q - 32).
fn dequantize_q6_k_block(b: &[u8], out: &mut [f32]) {
    let d = f16::from_le_bytes([b[208], b[209]]).to_f32();
    for half in 0..2 {
        let ql = &b[64 * half..64 * half + 64];
        let qh = &b[128 + 32 * half..128 + 32 * half + 32];
        let sc = &b[192 + 8 * half..192 + 8 * half + 8];
        let out = &mut out[128 * half..128 * half + 128];
        for l in 0..32 {
            let is = l / 16;
            let q1 = ((ql[l] & 0x0f) | ((qh[l] & 3) << 4)) as i32 - 32;
            let q2 = ((ql[l + 32] & 0x0f) | (((qh[l] >> 2) & 3) << 4)) as i32 - 32;
            let q3 = ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) as i32 - 32;
            let q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) as i32 - 32;
            let scale = |k: usize| d * (sc[is + k] as i8) as f32;
            out[l] = scale(0) * q1 as f32;
            out[l + 32] = scale(2) * q2 as f32;
            out[l + 64] = scale(4) * q3 as f32;
            out[l + 96] = scale(6) * q4 as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::gguf::GgufFile;
    use crate::formats::safetensors::SafetensorsFile;
    use crate::formats::test_support::{assert_close, fixture};

    #[test]
    fn dequantization_matches_gguf_py_for_every_supported_type() {
        let (f, expected) = (
            GgufFile::open(&fixture("gguf/tiny_llama.gguf")).unwrap(),
            SafetensorsFile::open(&fixture("gguf/tiny_llama.expected.safetensors")).unwrap(),
        );
        let cases = [
            (
                "token_embd.weight",
                "model.embed_tokens.weight",
                GgmlType::Q8_0,
            ),
            (
                "blk.0.ffn_down.weight",
                "model.layers.0.mlp.down_proj.weight",
                GgmlType::Q4_0,
            ),
            (
                "blk.0.attn_v.weight",
                "model.layers.0.self_attn.v_proj.weight",
                GgmlType::Q4_1,
            ),
            (
                "blk.0.attn_output.weight",
                "model.layers.0.self_attn.o_proj.weight",
                GgmlType::BF16,
            ),
            (
                "blk.0.ffn_gate.weight",
                "model.layers.0.mlp.gate_proj.weight",
                GgmlType::F16,
            ),
            (
                "blk.1.ffn_up.weight",
                "model.layers.1.mlp.up_proj.weight",
                GgmlType::F32,
            ),
            ("test.q4_k", "test.q4_k", GgmlType::Q4_K),
            ("test.q6_k", "test.q6_k", GgmlType::Q6_K),
        ];
        for (name, reference, ggml_type) in cases {
            assert_eq!(f.tensor_info(name).unwrap().ggml_type, ggml_type, "{name}");
            let (dims, values) = f.tensor_f32(name).unwrap();
            let want = expected.tensor(reference).unwrap();
            assert_eq!(dims, want.dims, "{name}: row-major dims");
            assert_close(name, &values, &want.to_f32().unwrap());
        }
    }

    #[test]
    fn every_known_type_has_a_layout_and_unknown_ids_have_none() {
        for id in 0..64 {
            let t = GgmlType::from_id(id);
            assert_eq!(
                t.block_layout().is_none(),
                matches!(t, GgmlType::Other(_)),
                "{t}"
            );
        }
        assert_eq!(GgmlType::from_id(4).to_string(), "unknown GGML type 4");
    }
}
