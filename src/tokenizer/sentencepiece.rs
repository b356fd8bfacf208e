//! SentencePiece BPE vocabularies (GGUF `tokenizer.ggml.model = "llama"`, and SentencePiece's own
//! `tokenizer.model` files) as `tokenizers::Tokenizer` values.
//!
//! Both sources become one [`SpmVocab`], and [`SpmVocab::to_hf`] builds the tokenizer the way
//! transformers' `LlamaConverter` does (its "legacy" form, which is also llama.cpp's): BPE whose
//! merges are ranked by the merged piece's score, byte fallback to `<0xXX>` pieces, a
//! `Prepend("▁")` + `Replace(" ", "▁")` normalizer, control and user-defined pieces as added
//! tokens, and a template post-processor that adds BOS/EOS when the vocabulary asks for them.
//!
//! Conventions where SentencePiece, `tokenizers` and llama.cpp could differ:
//! - Text after an added token (control or user-defined) gets its own "▁" prefix, as in
//!   llama.cpp and transformers' legacy Llama tokenizers. SentencePiece itself prefixes only the
//!   start of the whole input, so it differs on text that follows a user-defined piece.
//! - Control-token text in the input (`[INST]`, `<s>`) is matched as the token, as `tokenizers`
//!   does by default; `Tokenizer::set_encode_special_tokens(true)` encodes it as plain text
//!   instead, which is what SentencePiece and llama.cpp without `parse_special` do.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use tokenizers::decoders::byte_fallback::ByteFallback;
use tokenizers::decoders::fuse::Fuse;
use tokenizers::decoders::sequence::Sequence as DecoderSequence;
use tokenizers::decoders::strip::Strip;
use tokenizers::models::bpe::BPE;
use tokenizers::normalizers::{Prepend, Replace, Sequence as NormalizerSequence};
use tokenizers::processors::template::TemplateProcessing;
use tokenizers::{AddedToken, DecoderWrapper, NormalizerWrapper};

use super::sentencepiece_proto::ModelProto;
use crate::formats::gguf::GgufFile;

/// SentencePiece's word-boundary mark, which stands for a space inside pieces.
const SPACE_MARK: &str = "\u{2581}";

/// How a piece is treated. GGUF's `tokenizer.ggml.token_type` and SentencePiece's
/// `SentencePiece.Type` number these alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    Normal,
    Unknown,
    Control,
    UserDefined,
    Unused,
    /// `<0xXX>`: one byte of text no normal piece covers.
    Byte,
}

impl PieceKind {
    pub fn from_code(code: i64) -> Option<PieceKind> {
        Some(match code {
            1 => PieceKind::Normal,
            2 => PieceKind::Unknown,
            3 => PieceKind::Control,
            4 => PieceKind::UserDefined,
            5 => PieceKind::Unused,
            6 => PieceKind::Byte,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SpmPiece {
    pub text: String,
    pub score: f32,
    pub kind: PieceKind,
}

/// A SentencePiece BPE vocabulary and the settings that decide its ids, whichever file it
/// came from.
#[derive(Clone, Debug)]
pub struct SpmVocab {
    /// The file it was read from, for errors.
    source: String,
    pieces: Vec<SpmPiece>,
    /// Whether text gets a leading "▁" (SentencePiece's `add_dummy_prefix`).
    add_space_prefix: bool,
    unk_id: u32,
    bos_id: Option<u32>,
    eos_id: Option<u32>,
    /// More ids that end generation (GGUF `eot`/`eom` tokens).
    extra_eos_ids: Vec<u32>,
    add_bos: bool,
    add_eos: bool,
    chat_template: Option<String>,
}

impl SpmVocab {
    /// Reads a GGUF file's `tokenizer.ggml.*` metadata for `tokenizer.ggml.model = "llama"`.
    /// Missing keys default as llama.cpp defaults them (BOS 1, EOS 2, UNK 0, BOS added, EOS
    /// not, space prefix added).
    pub fn from_gguf(gguf: &GgufFile) -> Result<SpmVocab> {
        let file = gguf.path().display().to_string();
        let model = gguf.get_str("tokenizer.ggml.model")?;
        if model != "llama" {
            bail!("{file}: tokenizer.ggml.model is {model:?}; a SentencePiece vocabulary is \"llama\"");
        }
        let tokens = gguf.get_str_array("tokenizer.ggml.tokens")?;
        let n = tokens.len();
        let scores = gguf.get_f32_array("tokenizer.ggml.scores")?;
        if scores.len() != n {
            bail!(
                "{file}: tokenizer.ggml.scores has {} entries for {n} tokens",
                scores.len()
            );
        }
        let types = match gguf.get("tokenizer.ggml.token_type") {
            Some(_) => gguf.get_int_array("tokenizer.ggml.token_type")?,
            None => vec![1; n],
        };
        if types.len() != n {
            bail!(
                "{file}: tokenizer.ggml.token_type has {} entries for {n} tokens",
                types.len()
            );
        }
        let pieces = tokens
            .iter()
            .zip(&scores)
            .zip(&types)
            .enumerate()
            .map(|(id, ((text, &score), &code))| {
                let kind = PieceKind::from_code(code).ok_or_else(|| {
                    anyhow!("{file}: tokenizer.ggml.token_type[{id}] is {code} (expected 1 to 6)")
                })?;
                Ok(SpmPiece {
                    text: text.to_string(),
                    score,
                    kind,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let id = |key: &str, default: Option<u32>| -> Result<Option<u32>> {
            if gguf.get(key).is_none() {
                return Ok(default);
            }
            let v = gguf.get_int(key)?;
            match u32::try_from(v) {
                Ok(id) if (id as usize) < n => Ok(Some(id)),
                // llama.cpp writes -1 (as u32, 0xFFFFFFFF) for "no such token".
                _ if v == -1 || v == i64::from(u32::MAX) => Ok(None),
                _ => bail!("{file}: {key} is {v}, not an id below the vocab size {n}"),
            }
        };
        let flag = |key: &str, default: bool| -> Result<bool> {
            match gguf.get(key) {
                Some(_) => gguf.get_bool(key),
                None => Ok(default),
            }
        };
        let unk_id = id("tokenizer.ggml.unknown_token_id", Some(0))?
            .ok_or_else(|| anyhow!("{file}: tokenizer.ggml.unknown_token_id is -1; SentencePiece needs an unknown piece"))?;
        let extra_eos_ids = ["tokenizer.ggml.eot_token_id", "tokenizer.ggml.eom_token_id"]
            .iter()
            .map(|key| id(key, None))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect();
        let chat_template = match gguf.get("tokenizer.chat_template") {
            Some(_) => Some(gguf.get_str("tokenizer.chat_template")?.to_string()),
            None => None,
        };
        SpmVocab {
            source: file.clone(),
            pieces,
            add_space_prefix: flag("tokenizer.ggml.add_space_prefix", true)?,
            unk_id,
            bos_id: id("tokenizer.ggml.bos_token_id", Some(1))?,
            eos_id: id("tokenizer.ggml.eos_token_id", Some(2))?,
            extra_eos_ids,
            add_bos: flag("tokenizer.ggml.add_bos_token", true)?,
            add_eos: flag("tokenizer.ggml.add_eos_token", false)?,
            chat_template,
        }
        .validated()
    }

    /// Reads SentencePiece's `tokenizer.model`. The file does not say whether BOS is added; as
    /// in transformers' Llama tokenizers, BOS is added when the model has one and EOS is not.
    /// Settings this builder cannot reproduce exactly are errors.
    pub fn from_model_file(path: &Path) -> Result<SpmVocab> {
        let file = path.display().to_string();
        let proto = ModelProto::read(path)?;
        let trainer = &proto.trainer_spec;
        let normalizer = &proto.normalizer_spec;
        let unsupported = |field: &str, value: String, supported: &str| {
            anyhow!("{file}: {field} is {value}, which xlagen does not support (supported: {supported})")
        };
        if trainer.model_type != 2 {
            let name = match trainer.model_type {
                1 => "UNIGRAM (1)".to_string(),
                3 => "WORD (3)".to_string(),
                4 => "CHAR (4)".to_string(),
                other => other.to_string(),
            };
            return Err(unsupported("trainer_spec.model_type", name, "BPE (2)"));
        }
        if !trainer.byte_fallback {
            return Err(unsupported(
                "trainer_spec.byte_fallback",
                "false".into(),
                "true",
            ));
        }
        if trainer.treat_whitespace_as_suffix {
            return Err(unsupported(
                "trainer_spec.treat_whitespace_as_suffix",
                "true".into(),
                "false",
            ));
        }
        for (field, spec) in [
            ("normalizer_spec", Some(normalizer)),
            ("denormalizer_spec", proto.denormalizer_spec.as_ref()),
        ] {
            let Some(spec) = spec else { continue };
            if !spec.precompiled_charsmap.is_empty() || !spec.normalization_rule_tsv.is_empty() {
                return Err(unsupported(
                    &format!("{field} (rule table {:?})", spec.name),
                    format!(
                        "a table of {} bytes",
                        spec.precompiled_charsmap.len() + spec.normalization_rule_tsv.len()
                    ),
                    "no rule table, as in \"identity\"",
                ));
            }
        }
        if normalizer.remove_extra_whitespaces {
            return Err(unsupported(
                "normalizer_spec.remove_extra_whitespaces",
                "true".into(),
                "false",
            ));
        }
        if !normalizer.escape_whitespaces {
            return Err(unsupported(
                "normalizer_spec.escape_whitespaces",
                "false".into(),
                "true",
            ));
        }
        let pieces = proto
            .pieces
            .iter()
            .enumerate()
            .map(|(id, p)| {
                let kind = PieceKind::from_code(p.kind.into()).ok_or_else(|| {
                    anyhow!("{file}: pieces[{id}].type is {} (expected 1 to 6)", p.kind)
                })?;
                Ok(SpmPiece {
                    text: p.piece.clone(),
                    score: p.score,
                    kind,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let n = pieces.len();
        let id = |field: &str, v: i32| -> Result<Option<u32>> {
            match u32::try_from(v) {
                Ok(id) if (id as usize) < n => Ok(Some(id)),
                _ if v == -1 => Ok(None),
                _ => bail!(
                    "{file}: trainer_spec.{field} is {v}, not -1 or an id below the vocab size {n}"
                ),
            }
        };
        let bos_id = id("bos_id", trainer.bos_id)?;
        SpmVocab {
            source: file.clone(),
            pieces,
            add_space_prefix: normalizer.add_dummy_prefix,
            unk_id: id("unk_id", trainer.unk_id)?.ok_or_else(|| {
                anyhow!("{file}: trainer_spec.unk_id is -1; SentencePiece needs an unknown piece")
            })?,
            bos_id,
            eos_id: id("eos_id", trainer.eos_id)?,
            extra_eos_ids: Vec::new(),
            add_bos: bos_id.is_some(),
            add_eos: false,
            chat_template: None,
        }
        .validated()
    }

    /// Checks what `to_hf` relies on: unique piece texts, all 256 byte pieces, a BOS/EOS
    /// where one is to be added.
    fn validated(self) -> Result<SpmVocab> {
        let file = &self.source;
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(self.pieces.len());
        for (id, piece) in self.pieces.iter().enumerate() {
            if let Some(first) = seen.insert(&piece.text, id) {
                bail!(
                    "{file}: piece {:?} appears at ids {first} and {id}; a tokenizer maps each text to one id",
                    piece.text
                );
            }
        }
        for byte in 0..=255u8 {
            let text = byte_piece(byte);
            match seen.get(text.as_str()) {
                Some(&id) if self.pieces[id].kind == PieceKind::Byte => {}
                Some(&id) => bail!(
                    "{file}: piece {text} (id {id}) has type {:?}, expected a byte piece (6)",
                    self.pieces[id].kind
                ),
                None => bail!(
                    "{file}: the byte piece {text} is missing; SentencePiece vocabularies without byte fallback are not supported"
                ),
            }
        }
        if self.add_bos && self.bos_id.is_none() {
            bail!("{file}: BOS is to be added but the vocabulary has no BOS id");
        }
        if self.add_eos && self.eos_id.is_none() {
            bail!("{file}: EOS is to be added but the vocabulary has no EOS id");
        }
        Ok(self)
    }

    /// The equivalent `tokenizers::Tokenizer`.
    pub fn to_hf(&self) -> Result<tokenizers::Tokenizer> {
        let file = &self.source;
        let hf_err = |what: &str, e: tokenizers::Error| anyhow!("{file}: building the {what}: {e}");
        let vocab: tokenizers::models::bpe::Vocab = self
            .pieces
            .iter()
            .enumerate()
            .map(|(id, p)| (p.text.clone(), id as u32))
            .collect();
        let bpe = BPE::builder()
            .vocab_and_merges(vocab, self.merges())
            .unk_token(self.pieces[self.unk_id as usize].text.clone())
            .fuse_unk(true)
            .byte_fallback(true)
            .build()
            .map_err(|e| hf_err("BPE model", e))?;
        let mut tokenizer = tokenizers::Tokenizer::new(bpe);

        let mut normalizers: Vec<NormalizerWrapper> = Vec::new();
        if self.add_space_prefix {
            normalizers.push(Prepend::new(SPACE_MARK.into()).into());
        }
        normalizers.push(
            Replace::new(" ", SPACE_MARK)
                .map_err(|e| hf_err("normalizer", e))?
                .into(),
        );
        tokenizer
            .with_normalizer(Some(NormalizerSequence::new(normalizers)))
            .map_err(|e| hf_err("normalizer", e))?;

        let mut decoders: Vec<DecoderWrapper> = vec![
            Replace::new(SPACE_MARK, " ")
                .map_err(|e| hf_err("decoder", e))?
                .into(),
            ByteFallback::new().into(),
            Fuse::new().into(),
        ];
        if self.add_space_prefix {
            decoders.push(Strip::new(' ', 1, 0).into());
        }
        tokenizer.with_decoder(Some(DecoderSequence::new(decoders)));

        // Pieces already in the model's vocab keep their ids as added tokens; `normalized(false)`
        // matches them in the raw text, before the "▁" escaping.
        let added = |kinds: &[PieceKind], special: bool| -> Vec<AddedToken> {
            self.pieces
                .iter()
                .filter(|p| kinds.contains(&p.kind))
                .map(|p| AddedToken::from(p.text.clone(), special).normalized(false))
                .collect()
        };
        tokenizer
            .add_special_tokens(added(&[PieceKind::Unknown, PieceKind::Control], true))
            .map_err(|e| hf_err("special tokens", e))?;
        tokenizer
            .add_tokens(added(&[PieceKind::UserDefined], false))
            .map_err(|e| hf_err("user-defined tokens", e))?;

        if self.add_bos || self.add_eos {
            tokenizer.with_post_processor(Some(self.template()?));
        }
        Ok(tokenizer)
    }

    /// Merges of normal pieces only, best score first, ties by the merged piece's id: the order
    /// in which SentencePiece's BPE applies them.
    fn merges(&self) -> Vec<(String, String)> {
        let normal: HashMap<&str, usize> = self
            .pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PieceKind::Normal)
            .map(|(id, p)| (p.text.as_str(), id))
            .collect();
        let mut ranked: Vec<(f32, usize, &str, &str)> = Vec::new();
        for (&text, &id) in &normal {
            for (split, _) in text.char_indices().skip(1) {
                let (left, right) = text.split_at(split);
                if normal.contains_key(left) && normal.contains_key(right) {
                    ranked.push((self.pieces[id].score, id, left, right));
                }
            }
        }
        ranked.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then(a.2.len().cmp(&b.2.len()))
        });
        ranked
            .into_iter()
            .map(|(_, _, l, r)| (l.to_string(), r.to_string()))
            .collect()
    }

    fn template(&self) -> Result<TemplateProcessing> {
        let piece = |id: Option<u32>| id.map(|id| (self.pieces[id as usize].text.clone(), id));
        let bos = piece(self.bos_id.filter(|_| self.add_bos));
        let eos = piece(self.eos_id.filter(|_| self.add_eos));
        let wrap = |seq: &str, type_id: u32, with_bos: bool| {
            let mut parts = Vec::new();
            if let (true, Some((text, _))) = (with_bos, &bos) {
                parts.push(format!("{text}:{type_id}"));
            }
            parts.push(format!("${seq}:{type_id}"));
            if let Some((text, _)) = &eos {
                parts.push(format!("{text}:{type_id}"));
            }
            parts
        };
        let single = wrap("A", 0, true);
        let mut pair = single.clone();
        pair.extend(wrap("B", 1, true));
        let specials: Vec<(String, u32)> = bos.iter().chain(eos.iter()).cloned().collect();
        TemplateProcessing::builder()
            .try_single(single)
            .and_then(|b| b.try_pair(pair))
            .map_err(|e| anyhow!("{}: the BOS/EOS template: {e}", self.source))?
            .special_tokens(specials)
            .build()
            .with_context(|| format!("{}: the BOS/EOS template", self.source))
    }

    pub fn pieces(&self) -> &[SpmPiece] {
        &self.pieces
    }

    pub fn bos_id(&self) -> Option<u32> {
        self.bos_id
    }

    /// Ids that end generation: EOS, then any end-of-turn ids the file names.
    pub fn eos_ids(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = self.eos_id.into_iter().collect();
        for &id in &self.extra_eos_ids {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    pub fn add_bos(&self) -> bool {
        self.add_bos
    }

    pub fn add_eos(&self) -> bool {
        self.add_eos
    }

    pub fn chat_template(&self) -> Option<&str> {
        self.chat_template.as_deref()
    }

    /// The file the vocabulary came from.
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// The text of the piece for one byte, as SentencePiece and llama.cpp spell it: `<0x0A>`.
fn byte_piece(byte: u8) -> String {
    format!("<0x{byte:02X}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 256 byte pieces, then `extra` as normal pieces scored by position (earlier = better).
    fn vocab(extra: &[&str]) -> SpmVocab {
        let mut pieces: Vec<SpmPiece> = ["<unk>", "<s>", "</s>"]
            .iter()
            .zip([PieceKind::Unknown, PieceKind::Control, PieceKind::Control])
            .map(|(t, kind)| SpmPiece {
                text: t.to_string(),
                score: 0.0,
                kind,
            })
            .collect();
        pieces.extend((0..=255u8).map(|b| SpmPiece {
            text: byte_piece(b),
            score: 0.0,
            kind: PieceKind::Byte,
        }));
        pieces.extend(extra.iter().enumerate().map(|(i, t)| SpmPiece {
            text: t.to_string(),
            score: -(i as f32),
            kind: PieceKind::Normal,
        }));
        SpmVocab {
            source: "test vocab".into(),
            pieces,
            add_space_prefix: true,
            unk_id: 0,
            bos_id: Some(1),
            eos_id: Some(2),
            extra_eos_ids: Vec::new(),
            add_bos: true,
            add_eos: false,
            chat_template: None,
        }
    }

    #[test]
    fn merges_follow_the_merged_piece_score_not_the_split() {
        let v = vocab(&["▁", "a", "b", "c", "bc", "▁a", "abc", "ab"]);
        let merges = v.merges();
        // "bc" (score -4) before "▁a" (-5) before "abc" (-6, from "a"+"bc" and "ab"+"c") before
        // "ab" (-7).
        let pos = |l: &str, r: &str| merges.iter().position(|m| m == &(l.into(), r.into()));
        assert!(pos("b", "c") < pos("▁", "a"));
        assert!(pos("▁", "a") < pos("a", "bc"));
        assert!(pos("ab", "c") < pos("a", "b"));
        // Only normal pieces take part: no merge builds a byte or control piece.
        assert_eq!(merges.len(), 5);
        let tokenizer = v.to_hf().unwrap();
        let ids = tokenizer.encode("abc", false).unwrap().get_ids().to_vec();
        // Ids: 259 "▁", 260 "a", ..., 263 "bc", 264 "▁a". ▁ a b c → ▁ a bc → ▁a bc, in
        // SentencePiece's order; "abc" is never formed because "bc" took the "b" first.
        assert_eq!(ids, [264, 263]);
    }

    #[test]
    fn a_repeated_piece_or_a_missing_byte_piece_is_an_error() {
        let err = vocab(&["a", "a"]).validated().unwrap_err().to_string();
        assert!(err.contains("\"a\" appears at ids 259 and 260"), "{err}");
        let mut v = vocab(&["a"]);
        v.pieces.remove(3 + 0x41);
        let err = v.validated().unwrap_err().to_string();
        assert!(err.contains("<0x41> is missing"), "{err}");
    }
}
