//! Cutting special and added tokens (`<|im_start|>`) out of the text before BPE sees it.

use std::collections::HashMap;

use super::TokenKind;

/// A run of text to tokenize, or an added token matched whole.
#[derive(Debug, PartialEq, Eq)]
pub enum Segment<'t> {
    Text(&'t str),
    Special(u32),
}

/// The control and user-defined tokens, by first byte, longest first, so the earliest match
/// wins and among those the longest (as `tokenizers` and llama.cpp match them).
#[derive(Debug)]
pub struct SpecialTokens {
    by_first_byte: HashMap<u8, Vec<(String, u32)>>,
}

impl SpecialTokens {
    pub fn new(tokens: &[String], kinds: &[TokenKind]) -> SpecialTokens {
        let mut by_first_byte: HashMap<u8, Vec<(String, u32)>> = HashMap::new();
        for (id, (text, kind)) in tokens.iter().zip(kinds).enumerate() {
            let added = matches!(kind, TokenKind::Control | TokenKind::UserDefined);
            if let (true, Some(&first)) = (added, text.as_bytes().first()) {
                by_first_byte
                    .entry(first)
                    .or_default()
                    .push((text.clone(), id as u32));
            }
        }
        for candidates in by_first_byte.values_mut() {
            candidates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
        SpecialTokens { by_first_byte }
    }

    pub fn split<'t>(&self, text: &'t str) -> Vec<Segment<'t>> {
        let mut segments = Vec::new();
        let mut plain_from = 0;
        let mut at = 0;
        let bytes = text.as_bytes();
        while at < bytes.len() {
            let found = self.by_first_byte.get(&bytes[at]).and_then(|candidates| {
                candidates
                    .iter()
                    .find(|(token, _)| bytes[at..].starts_with(token.as_bytes()))
            });
            match found {
                Some((token, id)) => {
                    if plain_from < at {
                        segments.push(Segment::Text(&text[plain_from..at]));
                    }
                    segments.push(Segment::Special(*id));
                    at += token.len();
                    plain_from = at;
                }
                None => at += 1,
            }
        }
        if plain_from < bytes.len() {
            segments.push(Segment::Text(&text[plain_from..]));
        }
        segments
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_added_token_wins_and_text_between_is_kept() {
        let tokens: Vec<String> = ["<a>", "<a><b>", "x"].map(String::from).to_vec();
        let kinds = [
            TokenKind::Control,
            TokenKind::UserDefined,
            TokenKind::Normal,
        ];
        let specials = SpecialTokens::new(&tokens, &kinds);
        assert_eq!(
            specials.split("hi<a><b>x<a>"),
            [
                Segment::Text("hi"),
                Segment::Special(1),
                Segment::Text("x"),
                Segment::Special(0)
            ]
        );
    }
}
