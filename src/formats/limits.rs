//! Every bound a number read from a model file is held to, in one place. A value past its bound
//! is refused with the file, the field and the bound named, before it sizes an allocation, a
//! loop or a traced shape. The bounds sit well above every published model (noted per limit), so
//! they only ever stop corrupt or hostile files; raise one here, and nowhere else, if a real
//! model needs it.

/// Decoder layers (`num_hidden_layers`, GGUF `*.block_count`). Largest published: 126
/// (Llama 3.1 405B). Layers are also checked against the tensors the file holds.
pub const MAX_LAYERS: usize = 1024;

/// Attention heads, query or key/value (`num_attention_heads`, `num_key_value_heads`,
/// GGUF `*.attention.head_count[_kv]`). Largest published: 128.
pub const MAX_HEADS: usize = 1 << 16;

/// Any one model width: `hidden_size`, `intermediate_size`, `head_dim`, and the products
/// `num_attention_heads × head_dim` and `num_key_value_heads × head_dim`. Largest published:
/// 53248 (Llama 3.1 405B's intermediate size).
pub const MAX_DIM: usize = 1 << 20;

/// Vocabulary entries (`vocab_size`, a tokenizer's ids). Token ids are u32 on the host and i32
/// in the graph; the largest published vocabularies are ~256k.
pub const MAX_VOCAB_SIZE: usize = 1 << 24;

/// Positions (`max_position_embeddings`, `sliding_window`, `--max-seq`): positions are i32 in
/// the traced graph.
pub const MAX_POSITIONS: usize = i32::MAX as usize;

/// Elements in one tensor a checkpoint may declare (2^40, 4 TiB of f32), so that every byte
/// count derived from a shape fits in u64 and usize with room for checked products.
pub const MAX_TENSOR_ELEMENTS: u64 = 1 << 40;

/// Bytes in a JSON or other text file read whole (config.json, a shard index, tokenizer.json).
/// The largest published tokenizer.json files are ~35 MB.
pub const MAX_JSON_BYTES: u64 = 256 << 20;

/// The check every loader uses: `value` of `field` within `1..=max`.
pub fn check_count(field: &str, value: u64, max: usize) -> anyhow::Result<usize> {
    match usize::try_from(value) {
        Ok(v) if v >= 1 && v <= max => Ok(v),
        _ if value == 0 => anyhow::bail!("{field} is 0, expected a positive integer"),
        _ => anyhow::bail!("{field} is {value}, but at most {max} is supported"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_checked_on_both_sides() {
        assert_eq!(check_count("x", 3, 4).unwrap(), 3);
        assert_eq!(check_count("x", 4, 4).unwrap(), 4);
        let err = check_count("num_hidden_layers", 5, 4)
            .unwrap_err()
            .to_string();
        assert_eq!(err, "num_hidden_layers is 5, but at most 4 is supported");
        let err = check_count("x", 0, 4).unwrap_err().to_string();
        assert!(err.contains("x is 0"), "{err}");
        let err = check_count("x", u64::MAX, 4).unwrap_err().to_string();
        assert!(err.contains("18446744073709551615"), "{err}");
    }
}
