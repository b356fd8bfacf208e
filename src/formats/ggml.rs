//! GGML tensor types: their block layouts, and dequantization of the supported ones to f32.
//!
//! Quantized types store fixed-size blocks along the fastest axis (ne[0]); each block holds one
//! or two f16 scales and packed integers. Layouts follow ggml's `ggml-common.h`.

use std::fmt;

use anyhow::{anyhow, bail, Result};
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

/// The types `dequantize` reads, in ggml's id order.
pub const SUPPORTED: [GgmlType; 13] = {
    use GgmlType::*;
    [
        F32, F16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, BF16,
    ]
};

/// Dequantizes a tensor's stored bytes to f32. The bytes must be a whole number of blocks
/// (checked here too, not only at open, since a block cut short would read past its end).
pub fn dequantize(ggml_type: GgmlType, bytes: &[u8]) -> Result<Vec<f32>> {
    let mut out = vec![0f32; dequantized_len(ggml_type, bytes.len())?];
    dequantize_into(ggml_type, bytes, &mut out)?;
    Ok(out)
}

/// How many values `bytes` of `ggml_type` data hold (a whole number of blocks).
pub fn dequantized_len(ggml_type: GgmlType, bytes: usize) -> Result<usize> {
    let Some((elems, block_bytes)) = ggml_type.block_layout() else {
        bail!(unsupported(ggml_type));
    };
    let (elems, block_bytes) = (elems as usize, block_bytes as usize);
    if !bytes.is_multiple_of(block_bytes) {
        bail!(
            "{bytes} bytes of {ggml_type} data are not a whole number of {block_bytes}-byte blocks"
        );
    }
    (bytes / block_bytes)
        .checked_mul(elems)
        .ok_or_else(|| anyhow!("{ggml_type} tensor of {bytes} bytes is too large"))
}

/// As [`dequantize`], writing into `out`, which must hold exactly the values `bytes` encode.
pub fn dequantize_into(ggml_type: GgmlType, bytes: &[u8], out: &mut [f32]) -> Result<()> {
    let block: fn(&[u8], &mut [f32]) = match ggml_type {
        GgmlType::F32 => |b, out| {
            for (o, b) in out.iter_mut().zip(b.chunks_exact(4)) {
                *o = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            }
        },
        GgmlType::F16 => |b, out| {
            for (o, b) in out.iter_mut().zip(b.chunks_exact(2)) {
                *o = f16_at(b, 0);
            }
        },
        GgmlType::BF16 => |b, out| {
            for (o, b) in out.iter_mut().zip(b.chunks_exact(2)) {
                *o = bf16::from_le_bytes([b[0], b[1]]).to_f32();
            }
        },
        GgmlType::Q8_0 => dequantize_q8_0_block,
        GgmlType::Q4_0 => dequantize_q4_0_block,
        GgmlType::Q4_1 => dequantize_q4_1_block,
        GgmlType::Q5_0 => dequantize_q5_0_block,
        GgmlType::Q5_1 => dequantize_q5_1_block,
        GgmlType::Q2_K => dequantize_q2_k_block,
        GgmlType::Q3_K => dequantize_q3_k_block,
        GgmlType::Q4_K => dequantize_q4_k_block,
        GgmlType::Q5_K => dequantize_q5_k_block,
        GgmlType::Q6_K => dequantize_q6_k_block,
        other => bail!(unsupported(other)),
    };
    let count = dequantized_len(ggml_type, bytes.len())?;
    if out.len() != count {
        bail!(
            "{} bytes of {ggml_type} data hold {count} values, not the {} asked for",
            bytes.len(),
            out.len()
        );
    }
    let (elems, block_bytes) = ggml_type
        .block_layout()
        .expect("every supported type has a layout");
    let (elems, block_bytes) = (elems as usize, block_bytes as usize);
    // Plain float types go through in runs of 4096 values, each a "block" of the callee.
    let run = if elems == 1 { 4096 } else { 1 };
    for (b, o) in bytes
        .chunks(block_bytes * run)
        .zip(out.chunks_mut(elems * run))
    {
        block(b, o);
    }
    Ok(())
}

/// The error for a type `dequantize` cannot read (IQ*, TQ*, MXFP4, Q8_1/Q8_K, integer types).
pub fn unsupported(ggml_type: GgmlType) -> String {
    let names: Vec<String> = SUPPORTED.iter().map(|t| t.to_string()).collect();
    format!(
        "unsupported tensor type {ggml_type} (supported: {})",
        names.join(", ")
    )
}

fn f16_at(b: &[u8], i: usize) -> f32 {
    f16::from_le_bytes([b[i], b[i + 1]]).to_f32()
}

/// Q8_0: f16 scale d, then 32 signed bytes: x = d * q.
fn dequantize_q8_0_block(b: &[u8], out: &mut [f32]) {
    let d = f16_at(b, 0);
    for (o, &q) in out.iter_mut().zip(&b[2..34]) {
        *o = d * (q as i8) as f32;
    }
}

/// Q4_0: f16 d, then 16 bytes of nibbles; low nibbles are x[0..16], high x[16..32];
/// x = d * (q - 8).
fn dequantize_q4_0_block(b: &[u8], out: &mut [f32]) {
    let d = f16_at(b, 0);
    for (j, &q) in b[2..18].iter().enumerate() {
        out[j] = d * ((q & 0x0f) as i32 - 8) as f32;
        out[j + 16] = d * ((q >> 4) as i32 - 8) as f32;
    }
}

/// Q4_1: f16 d, f16 min m, nibbles as Q4_0: x = d * q + m.
fn dequantize_q4_1_block(b: &[u8], out: &mut [f32]) {
    let (d, m) = (f16_at(b, 0), f16_at(b, 2));
    for (j, &q) in b[4..20].iter().enumerate() {
        out[j] = d * (q & 0x0f) as f32 + m;
        out[j + 16] = d * (q >> 4) as f32 + m;
    }
}

/// The 5-bit quants of a Q5_0/Q5_1 block: nibbles as Q4_0, and bit j of the little-endian u32
/// `qh` is the fifth bit of x[j] (x[0..16] from bits 0..16, x[16..32] from bits 16..32).
fn five_bit_quants(qh: &[u8], qs: &[u8]) -> [u8; 32] {
    let qh = u32::from_le_bytes([qh[0], qh[1], qh[2], qh[3]]);
    let mut q = [0u8; 32];
    for (j, &byte) in qs.iter().enumerate() {
        q[j] = (byte & 0x0f) | ((((qh >> j) & 1) as u8) << 4);
        q[j + 16] = (byte >> 4) | ((((qh >> (j + 16)) & 1) as u8) << 4);
    }
    q
}

/// Q5_0: f16 d, 4 bytes of fifth bits, 16 bytes of nibbles: x = d * (q - 16).
fn dequantize_q5_0_block(b: &[u8], out: &mut [f32]) {
    let d = f16_at(b, 0);
    for (o, q) in out.iter_mut().zip(five_bit_quants(&b[2..6], &b[6..22])) {
        *o = d * (q as i32 - 16) as f32;
    }
}

/// Q5_1: f16 d, f16 min m, then as Q5_0: x = d * q + m.
fn dequantize_q5_1_block(b: &[u8], out: &mut [f32]) {
    let (d, m) = (f16_at(b, 0), f16_at(b, 2));
    for (o, q) in out.iter_mut().zip(five_bit_quants(&b[4..8], &b[8..24])) {
        *o = d * q as f32 + m;
    }
}

/// Where the 2-bit quants of group `i` (of 16 values) of a Q2_K/Q3_K super-block sit: each
/// half of 128 values reads its 32 quant bytes four times, two bits further each time, the
/// first 16 bytes for even groups and the last 16 for odd ones. (half, shift, byte offset).
fn two_bit_group(i: usize) -> (usize, u8, usize) {
    (i / 8, 2 * ((i % 8) / 2) as u8, 16 * (i % 2))
}

/// Q2_K super-block of 256: 16 bytes of (4-bit scale, 4-bit min) pairs, one per 16 values,
/// 64 bytes of 2-bit quants, f16 d, f16 dmin: x = d * scale * q - dmin * min.
fn dequantize_q2_k_block(b: &[u8], out: &mut [f32]) {
    let (scales, qs) = (&b[0..16], &b[16..80]);
    let (d, dmin) = (f16_at(b, 80), f16_at(b, 82));
    for (i, out) in out.chunks_exact_mut(16).enumerate() {
        let (half, shift, offset) = two_bit_group(i);
        let q = &qs[32 * half + offset..][..16];
        let scale = d * (scales[i] & 0x0f) as f32;
        let min = dmin * (scales[i] >> 4) as f32;
        for (o, &q) in out.iter_mut().zip(q) {
            *o = scale * ((q >> shift) & 3) as f32 - min;
        }
    }
}

/// Q3_K super-block of 256: 32 bytes of high bits (`hmask`), 64 bytes of 2-bit low bits laid
/// out as in Q2_K, 12 bytes packing sixteen 6-bit scales, f16 d. Bit `4 * half + shift / 2` of
/// `hmask[offset + l]` is set when the quant is not lowered by 4; x = d * (scale - 32) * q.
fn dequantize_q3_k_block(b: &[u8], out: &mut [f32]) {
    let (hmask, qs, packed) = (&b[0..32], &b[32..96], &b[96..108]);
    let d = f16_at(b, 108);
    for (i, out) in out.chunks_exact_mut(16).enumerate() {
        let (half, shift, offset) = two_bit_group(i);
        // Scale i: low 4 bits from byte i (or the high nibble of byte i - 8), high 2 bits
        // from byte 8 + i % 4, two bits further for each next four scales.
        let low = if i < 8 {
            packed[i] & 0x0f
        } else {
            packed[i - 8] >> 4
        };
        let high = (packed[8 + i % 4] >> (2 * (i / 4))) & 3;
        let scale = d * ((low | (high << 4)) as i32 - 32) as f32;
        let bit = 1u8 << (4 * half as u8 + shift / 2);
        let q = &qs[32 * half + offset..][..16];
        let h = &hmask[offset..][..16];
        for ((o, &q), &h) in out.iter_mut().zip(q).zip(h) {
            let lowered = if h & bit == 0 { 4 } else { 0 };
            *o = scale * (((q >> shift) & 3) as i32 - lowered) as f32;
        }
    }
}

/// Scale and min `j` (0..8) of a Q4_K/Q5_K super-block, six bits each, packed in 12 bytes:
/// pairs 0..4 in the low six bits of bytes j and j + 4; pairs 4..8 take their low four bits
/// from byte j + 4 and their top two from the top bits of bytes j - 4 and j.
fn k4_scale_min(packed: &[u8], j: usize) -> (u8, u8) {
    if j < 4 {
        (packed[j] & 63, packed[j + 4] & 63)
    } else {
        (
            (packed[j + 4] & 0x0f) | ((packed[j - 4] >> 6) << 4),
            (packed[j + 4] >> 4) | ((packed[j] >> 6) << 4),
        )
    }
}

/// Q4_K super-block of 256: f16 d, f16 dmin, 12 bytes of scales and mins (`k4_scale_min`),
/// then 128 bytes of nibbles. Each 64 values take 32 bytes: low nibbles with pair 2k, high
/// nibbles with pair 2k+1; x = d * scale * q - dmin * min.
fn dequantize_q4_k_block(b: &[u8], out: &mut [f32]) {
    dequantize_k4_block(b, &b[16..144], None, out);
}

/// Q5_K super-block of 256: as Q4_K, with 32 bytes of fifth bits (`qh`) before the nibbles:
/// bit 2k of `qh[l]` for value l of chunk k's low nibbles, bit 2k+1 for its high nibbles.
fn dequantize_q5_k_block(b: &[u8], out: &mut [f32]) {
    dequantize_k4_block(b, &b[48..176], Some(&b[16..48]), out);
}

fn dequantize_k4_block(b: &[u8], qs: &[u8], qh: Option<&[u8]>, out: &mut [f32]) {
    let (d, dmin, packed) = (f16_at(b, 0), f16_at(b, 2), &b[4..16]);
    let scale_min = |j: usize| {
        let (sc, m) = k4_scale_min(packed, j);
        (d * sc as f32, dmin * m as f32)
    };
    let fifth = |l: usize, bit: usize| qh.map_or(0, |qh| ((qh[l] >> bit) & 1) << 4);
    for (chunk, (qs, out)) in qs
        .chunks_exact(32)
        .zip(out.chunks_exact_mut(64))
        .enumerate()
    {
        let (d1, m1) = scale_min(2 * chunk);
        let (d2, m2) = scale_min(2 * chunk + 1);
        for (l, &q) in qs.iter().enumerate() {
            out[l] = d1 * ((q & 0x0f) | fifth(l, 2 * chunk)) as f32 - m1;
            out[l + 32] = d2 * ((q >> 4) | fifth(l, 2 * chunk + 1)) as f32 - m2;
        }
    }
}

/// Q6_K super-block of 256: 128 bytes of low nibbles, 64 bytes of high 2-bit pairs, 16 signed
/// 8-bit scales (one per 16 values), f16 d. Each half of 128 values: x = d * scale * (q - 32).
fn dequantize_q6_k_block(b: &[u8], out: &mut [f32]) {
    let d = f16_at(b, 208);
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
    fn five_bit_and_k_quant_blocks_match_gguf_py_on_random_blocks() {
        let (f, expected) = (
            GgufFile::open(&fixture("gguf/ggml_types.gguf")).unwrap(),
            SafetensorsFile::open(&fixture("gguf/ggml_types.expected.safetensors")).unwrap(),
        );
        let cases = [
            ("test.q5_0", GgmlType::Q5_0),
            ("test.q5_1", GgmlType::Q5_1),
            ("test.q2_k", GgmlType::Q2_K),
            ("test.q3_k", GgmlType::Q3_K),
            ("test.q5_k", GgmlType::Q5_K),
        ];
        assert_eq!(expected.names().count(), cases.len());
        for (name, ggml_type) in cases {
            assert_eq!(f.tensor_info(name).unwrap().ggml_type, ggml_type, "{name}");
            let (dims, values) = f.tensor_f32(name).unwrap();
            let want = expected.tensor(name).unwrap();
            assert_eq!(dims, want.dims, "{name}: row-major dims");
            assert_close(name, &values, &want.to_f32().unwrap());
        }
    }

    #[test]
    fn iq_tq_and_mxfp4_tensors_are_refused_naming_tensor_and_type() {
        let f = GgufFile::open(&fixture("gguf/ggml_types.gguf")).unwrap();
        for (name, ty) in [
            ("test.iq2_xxs", "IQ2_XXS"),
            ("test.iq4_xs", "IQ4_XS"),
            ("test.tq1_0", "TQ1_0"),
            ("test.mxfp4", "MXFP4"),
            ("blk.0.ffn_down.weight", "IQ4_NL"),
        ] {
            let err = format!("{:#}", f.tensor_f32(name).unwrap_err());
            assert!(
                err.contains("ggml_types.gguf")
                    && err.contains(&format!("tensor \"{name}\""))
                    && err.contains(&format!("unsupported tensor type {ty} (supported: F32,")),
                "{err}"
            );
        }
    }

    #[test]
    fn a_cut_block_is_an_error_not_a_short_read() {
        for ty in SUPPORTED {
            let (_, block_bytes) = ty.block_layout().unwrap();
            let bytes = vec![0u8; 2 * block_bytes as usize + 1];
            let err = dequantize(ty, &bytes).unwrap_err().to_string();
            assert!(err.contains("not a whole number"), "{ty}: {err}");
            let whole = dequantize(ty, &bytes[..2 * block_bytes as usize]).unwrap();
            assert_eq!(whole.len() as u64, 2 * ty.block_layout().unwrap().0, "{ty}");
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
