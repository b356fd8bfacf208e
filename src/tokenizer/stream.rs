//! Detokenizing one id at a time: text comes out as soon as it is complete, while a character
//! split across tokens (an emoji's four bytes over two byte-level tokens, or a byte-fallback run
//! such as `<0xE2><0x82><0xAC>`) waits for its rest.
//!
//! Each step decodes a short window of ids with the tokenizer's own decoder and emits what the
//! window adds past the text it already gave, so decoders that look at neighbours (Metaspace
//! dropping the first space, byte fallback joining bytes) stay right.

use super::{Result, Tokenizer};

/// Streams the text of ids as they arrive. Made by [`Tokenizer::stream_decoder`].
#[derive(Debug)]
pub struct StreamDecoder<'t> {
    tokenizer: &'t Tokenizer,
    skip_special: bool,
    /// The ids of the last emitted chunk (context), then those not emitted yet.
    ids: Vec<u32>,
    /// How many of `ids` are context.
    context: usize,
    /// The text of the context ids alone.
    context_text: String,
}

impl<'t> StreamDecoder<'t> {
    pub(super) fn new(tokenizer: &'t Tokenizer, skip_special: bool) -> StreamDecoder<'t> {
        StreamDecoder {
            tokenizer,
            skip_special,
            ids: Vec::new(),
            context: 0,
            context_text: String::new(),
        }
    }

    /// Adds one id; returns the text that became complete, if any.
    pub fn push(&mut self, id: u32) -> Result<Option<String>> {
        self.ids.push(id);
        let text = match self.tokenizer.decode(&self.ids, self.skip_special) {
            Ok(text) => text,
            Err(e) => {
                self.ids.pop();
                return Err(e);
            }
        };
        // A trailing U+FFFD is a character still missing bytes; hold it for the next id.
        if text.ends_with(char::REPLACEMENT_CHARACTER) {
            return Ok(None);
        }
        Ok(self.emit(text))
    }

    /// Ends the stream: whatever is held back, bytes that never formed a character as U+FFFD.
    pub fn finish(&mut self) -> Option<String> {
        if self.ids.len() == self.context {
            return None;
        }
        let text = self.tokenizer.decode(&self.ids, self.skip_special).ok()?;
        self.emit(text)
    }

    /// Emits `text` (the window's whole decoding) past the context's text, and makes the
    /// window's ids the next context.
    fn emit(&mut self, text: String) -> Option<String> {
        // Decoders only add text at the end of a window; should one ever rewrite the context,
        // its common prefix is what was already emitted.
        let start = if text.starts_with(&self.context_text) {
            self.context_text.len()
        } else {
            common_prefix_len(&text, &self.context_text)
        };
        let new = text[start..].to_string();
        self.ids.drain(..self.context);
        self.context = self.ids.len();
        self.context_text = self
            .tokenizer
            .decode(&self.ids, self.skip_special)
            .unwrap_or(text);
        (!new.is_empty()).then_some(new)
    }
}

fn common_prefix_len(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at)
}
