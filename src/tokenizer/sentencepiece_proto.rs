//! A bounded reader of SentencePiece's `tokenizer.model` (a `ModelProto` protobuf message), for
//! the fields that decide how text is encoded: the pieces, and the trainer and normalizer
//! settings that SentencePiece itself consults at encode time. Every length is checked against
//! the bytes left; anything malformed is an error naming the file and the field.

use std::path::Path;

use anyhow::{bail, Context, Result};

/// One entry of `ModelProto.pieces`.
#[derive(Clone, Debug, PartialEq)]
pub struct ProtoPiece {
    pub piece: String,
    pub score: f32,
    /// `SentencePiece.Type`: 1 normal, 2 unknown, 3 control, 4 user-defined, 6 byte, 5 unused.
    pub kind: i32,
}

/// The `TrainerSpec` fields encoding depends on, with the proto's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct ProtoTrainerSpec {
    /// 1 UNIGRAM, 2 BPE, 3 WORD, 4 CHAR.
    pub model_type: i32,
    pub byte_fallback: bool,
    pub treat_whitespace_as_suffix: bool,
    pub unk_id: i32,
    pub bos_id: i32,
    pub eos_id: i32,
    pub pad_id: i32,
}

impl Default for ProtoTrainerSpec {
    fn default() -> Self {
        ProtoTrainerSpec {
            model_type: 1,
            byte_fallback: false,
            treat_whitespace_as_suffix: false,
            unk_id: 0,
            bos_id: 1,
            eos_id: 2,
            pad_id: -1,
        }
    }
}

/// A `NormalizerSpec`, with the proto's defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct ProtoNormalizerSpec {
    pub name: String,
    pub precompiled_charsmap: Vec<u8>,
    pub add_dummy_prefix: bool,
    pub remove_extra_whitespaces: bool,
    pub escape_whitespaces: bool,
    pub normalization_rule_tsv: String,
}

impl Default for ProtoNormalizerSpec {
    fn default() -> Self {
        ProtoNormalizerSpec {
            name: String::new(),
            precompiled_charsmap: Vec::new(),
            add_dummy_prefix: true,
            remove_extra_whitespaces: true,
            escape_whitespaces: true,
            normalization_rule_tsv: String::new(),
        }
    }
}

/// The parts of a `ModelProto` that xlagen reads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelProto {
    pub pieces: Vec<ProtoPiece>,
    pub trainer_spec: ProtoTrainerSpec,
    pub normalizer_spec: ProtoNormalizerSpec,
    pub denormalizer_spec: Option<ProtoNormalizerSpec>,
}

/// A field's value as the wire format carries it.
enum Value<'a> {
    Varint(u64),
    Fixed64,
    Bytes(&'a [u8]),
    Fixed32(u32),
}

/// Walks the fields of one message. `path` names the message for errors (`trainer_spec`).
struct Fields<'a> {
    bytes: &'a [u8],
    pos: usize,
    path: String,
}

impl<'a> Fields<'a> {
    fn new(bytes: &'a [u8], path: impl Into<String>) -> Fields<'a> {
        Fields {
            bytes,
            pos: 0,
            path: path.into(),
        }
    }

    fn varint(&mut self) -> Result<u64> {
        let mut value = 0u64;
        for i in 0..10 {
            let Some(&byte) = self.bytes.get(self.pos) else {
                bail!(
                    "{}: varint runs past the end of the message at byte {}",
                    self.path,
                    self.pos
                );
            };
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        bail!(
            "{}: varint longer than 10 bytes at byte {}",
            self.path,
            self.pos
        )
    }

    fn take(&mut self, len: u64) -> Result<&'a [u8]> {
        let left = self.bytes.len() - self.pos;
        if len > left as u64 {
            bail!(
                "{}: field of {len} bytes at byte {}, but only {left} bytes are left",
                self.path,
                self.pos
            );
        }
        let slice = &self.bytes[self.pos..self.pos + len as usize];
        self.pos += len as usize;
        Ok(slice)
    }

    /// The next (field number, value), or `None` at the end of the message.
    fn next_field(&mut self) -> Result<Option<(u64, Value<'a>)>> {
        if self.pos == self.bytes.len() {
            return Ok(None);
        }
        let key = self.varint()?;
        let (number, wire_type) = (key >> 3, key & 7);
        let value = match wire_type {
            0 => Value::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Value::Fixed64
            }
            2 => {
                let len = self.varint()?;
                Value::Bytes(self.take(len)?)
            }
            5 => {
                let b = self.take(4)?;
                Value::Fixed32(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            }
            other => bail!(
                "{}: field {number} has wire type {other} (expected 0, 1, 2 or 5)",
                self.path
            ),
        };
        Ok(Some((number, value)))
    }

    fn wrong(&self, name: &str, expected: &str) -> anyhow::Error {
        anyhow::anyhow!(
            "{}.{name}: has the wrong wire type (expected {expected})",
            self.path
        )
    }

    fn bool(&self, name: &str, value: Value) -> Result<bool> {
        match value {
            Value::Varint(v) => Ok(v != 0),
            _ => Err(self.wrong(name, "a varint bool")),
        }
    }

    /// An `int32`/enum: negative values arrive sign-extended to 64 bits.
    fn int32(&self, name: &str, value: Value) -> Result<i32> {
        match value {
            Value::Varint(v) => i32::try_from(v as i64).map_err(|_| {
                anyhow::anyhow!("{}.{name}: {} does not fit in int32", self.path, v as i64)
            }),
            _ => Err(self.wrong(name, "a varint")),
        }
    }

    fn string(&self, name: &str, value: Value) -> Result<String> {
        match value {
            Value::Bytes(b) => String::from_utf8(b.to_vec())
                .map_err(|_| anyhow::anyhow!("{}.{name}: not valid UTF-8 ({:02x?})", self.path, b)),
            _ => Err(self.wrong(name, "length-delimited bytes")),
        }
    }

    fn bytes(&self, name: &str, value: Value<'a>) -> Result<&'a [u8]> {
        match value {
            Value::Bytes(b) => Ok(b),
            _ => Err(self.wrong(name, "length-delimited bytes")),
        }
    }
}

impl ModelProto {
    /// Reads a `tokenizer.model` file.
    pub fn read(path: &Path) -> Result<ModelProto> {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        ModelProto::parse(&bytes)
            .with_context(|| format!("{}: not a SentencePiece model", path.display()))
    }

    pub fn parse(bytes: &[u8]) -> Result<ModelProto> {
        let mut model = ModelProto::default();
        let mut fields = Fields::new(bytes, "ModelProto");
        while let Some((number, value)) = fields.next_field()? {
            match number {
                1 => {
                    let index = model.pieces.len();
                    let piece = fields.bytes("pieces", value)?;
                    model
                        .pieces
                        .push(parse_piece(piece, &format!("pieces[{index}]"))?);
                }
                2 => model.trainer_spec = parse_trainer_spec(fields.bytes("trainer_spec", value)?)?,
                3 => {
                    model.normalizer_spec = parse_normalizer_spec(
                        fields.bytes("normalizer_spec", value)?,
                        "normalizer_spec",
                    )?
                }
                5 => {
                    model.denormalizer_spec = Some(parse_normalizer_spec(
                        fields.bytes("denormalizer_spec", value)?,
                        "denormalizer_spec",
                    )?)
                }
                _ => {}
            }
        }
        if model.pieces.is_empty() {
            bail!("ModelProto.pieces is empty");
        }
        Ok(model)
    }
}

fn parse_piece(bytes: &[u8], path: &str) -> Result<ProtoPiece> {
    let mut fields = Fields::new(bytes, path);
    let mut piece = ProtoPiece {
        piece: String::new(),
        score: 0.0,
        kind: 1,
    };
    while let Some((number, value)) = fields.next_field()? {
        match number {
            1 => piece.piece = fields.string("piece", value)?,
            2 => match value {
                Value::Fixed32(bits) => piece.score = f32::from_bits(bits),
                _ => return Err(fields.wrong("score", "a fixed32 float")),
            },
            3 => piece.kind = fields.int32("type", value)?,
            _ => {}
        }
    }
    Ok(piece)
}

fn parse_trainer_spec(bytes: &[u8]) -> Result<ProtoTrainerSpec> {
    let mut fields = Fields::new(bytes, "trainer_spec");
    let mut spec = ProtoTrainerSpec::default();
    while let Some((number, value)) = fields.next_field()? {
        match number {
            3 => spec.model_type = fields.int32("model_type", value)?,
            24 => {
                spec.treat_whitespace_as_suffix =
                    fields.bool("treat_whitespace_as_suffix", value)?
            }
            35 => spec.byte_fallback = fields.bool("byte_fallback", value)?,
            40 => spec.unk_id = fields.int32("unk_id", value)?,
            41 => spec.bos_id = fields.int32("bos_id", value)?,
            42 => spec.eos_id = fields.int32("eos_id", value)?,
            43 => spec.pad_id = fields.int32("pad_id", value)?,
            _ => {}
        }
    }
    Ok(spec)
}

fn parse_normalizer_spec(bytes: &[u8], path: &str) -> Result<ProtoNormalizerSpec> {
    let mut fields = Fields::new(bytes, path);
    let mut spec = ProtoNormalizerSpec::default();
    while let Some((number, value)) = fields.next_field()? {
        match number {
            1 => spec.name = fields.string("name", value)?,
            2 => spec.precompiled_charsmap = fields.bytes("precompiled_charsmap", value)?.to_vec(),
            3 => spec.add_dummy_prefix = fields.bool("add_dummy_prefix", value)?,
            4 => spec.remove_extra_whitespaces = fields.bool("remove_extra_whitespaces", value)?,
            5 => spec.escape_whitespaces = fields.bool("escape_whitespaces", value)?,
            6 => spec.normalization_rule_tsv = fields.string("normalization_rule_tsv", value)?,
            _ => {}
        }
    }
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key byte for small field numbers.
    fn key(number: u8, wire_type: u8) -> u8 {
        (number << 3) | wire_type
    }

    #[test]
    fn reads_pieces_and_negative_int32_ids() {
        // pieces { piece: "ab" score: -1.5 type: 4 }, trainer_spec { pad_id: -1 }
        let mut piece = vec![key(1, 2), 2, b'a', b'b', key(2, 5)];
        piece.extend_from_slice(&(-1.5f32).to_le_bytes());
        piece.extend_from_slice(&[key(3, 0), 4]);
        let mut bytes = vec![key(1, 2), piece.len() as u8];
        bytes.extend_from_slice(&piece);
        // Field 43 needs a two-byte key: (43 << 3) | 0 = 344 = 0xd8 0x02.
        let trainer = [
            0xd8, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
        ];
        bytes.extend_from_slice(&[key(2, 2), trainer.len() as u8]);
        bytes.extend_from_slice(&trainer);
        let model = ModelProto::parse(&bytes).unwrap();
        assert_eq!(
            model.pieces,
            vec![ProtoPiece {
                piece: "ab".into(),
                score: -1.5,
                kind: 4
            }]
        );
        assert_eq!(model.trainer_spec.pad_id, -1);
        assert_eq!(model.trainer_spec.bos_id, 1);
        assert!(model.normalizer_spec.add_dummy_prefix);
    }

    #[test]
    fn a_length_past_the_end_is_an_error_naming_the_field() {
        // pieces { piece: <claims 100 bytes, has 2> }
        let bytes = [key(1, 2), 4, key(1, 2), 100, b'a', b'b'];
        let err = format!("{:#}", ModelProto::parse(&bytes).unwrap_err());
        assert!(err.contains("pieces[0]"), "{err}");
        assert!(err.contains("100 bytes"), "{err}");
    }

    #[test]
    fn a_group_wire_type_is_an_error() {
        let err = format!("{:#}", ModelProto::parse(&[key(1, 3)]).unwrap_err());
        assert!(err.contains("wire type 3"), "{err}");
    }
}
