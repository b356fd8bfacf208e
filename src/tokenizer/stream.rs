//! Detokenizing one id at a time: text comes out as soon as it is complete UTF-8, while a
//! character split across tokens (an emoji's four bytes over two tokens) waits for its rest.

use super::{Result, Tokenizer};

/// Streams the text of ids as they arrive. Made by [`Tokenizer::stream_decoder`].
#[derive(Debug)]
pub struct StreamDecoder<'t> {
    tokenizer: &'t Tokenizer,
    skip_special: bool,
    /// Bytes of a character not yet complete (at most three).
    pending: Vec<u8>,
}

impl<'t> StreamDecoder<'t> {
    pub(super) fn new(tokenizer: &'t Tokenizer, skip_special: bool) -> StreamDecoder<'t> {
        StreamDecoder {
            tokenizer,
            skip_special,
            pending: Vec::new(),
        }
    }

    /// Adds one id; returns the text that became complete, if any. Bytes that can never form a
    /// character come out as U+FFFD, as in [`Tokenizer::decode`].
    pub fn push(&mut self, id: u32) -> Result<Option<String>> {
        if let Some(bytes) = self.tokenizer.token_bytes_for(id, self.skip_special)? {
            self.pending.extend_from_slice(bytes);
        }
        let mut text = String::new();
        let mut rest = self.pending.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    text.push_str(valid);
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        // Cut off mid-character: keep the tail for the next token.
                        None => {
                            rest = after;
                            break;
                        }
                        Some(bad) => {
                            text.push(char::REPLACEMENT_CHARACTER);
                            rest = &after[bad..];
                        }
                    }
                }
            }
        }
        self.pending = rest.to_vec();
        Ok((!text.is_empty()).then_some(text))
    }

    /// Ends the stream: whatever incomplete bytes remain, as U+FFFD.
    pub fn finish(&mut self) -> Option<String> {
        let rest = std::mem::take(&mut self.pending);
        (!rest.is_empty()).then(|| String::from_utf8_lossy(&rest).into_owned())
    }
}
