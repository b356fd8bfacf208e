//! Byte-level BPE: the GPT-2 byte↔unicode alphabet and rank-ordered merges inside one word.
//!
//! A word's bytes become one symbol each (the byte's printable stand-in character, e.g. space is
//! `Ġ`); then the adjacent pair with the lowest merge rank is merged, repeatedly, until no pair
//! has a merge. A heap of candidate pairs keeps this O(n log n) per word, and a cache keeps each
//! distinct word's ids, since real text repeats words.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::Mutex;

use super::TokenizerError;

/// Words cached before the cache is emptied, bounding memory on long streams of unique words.
const WORD_CACHE_CAPACITY: usize = 100_000;
/// Longer words (long runs of spaces or digits-free junk) are rare and not worth keeping.
const WORD_CACHE_MAX_LEN: usize = 64;

/// GPT-2's map from each byte to a printable character: printable Latin-1 bytes stand for
/// themselves, the rest are shifted to U+0100 and up, in byte order.
pub fn byte_to_char_table() -> [char; 256] {
    let mut table = ['\0'; 256];
    let mut shifted = 0u32;
    for (byte, slot) in table.iter_mut().enumerate() {
        let b = byte as u32;
        let printable = (0x21..=0x7E).contains(&b) || (0xA1..=0xAC).contains(&b) || b >= 0xAE;
        let code = if printable {
            b
        } else {
            shifted += 1;
            0xFF + shifted
        };
        // Every code here is below U+0144, so always a valid char.
        *slot = char::from_u32(code).unwrap_or('\0');
    }
    table
}

/// The inverse of [`byte_to_char_table`].
pub fn char_to_byte_map() -> HashMap<char, u8> {
    byte_to_char_table()
        .iter()
        .enumerate()
        .map(|(byte, &c)| (c, byte as u8))
        .collect()
}

/// A merge: its rank (lower merges first) and the id of the token it makes.
#[derive(Clone, Copy, Debug)]
struct Merge {
    rank: u32,
    merged: u32,
}

/// The BPE model: merges by id pair, the id of each byte's symbol, and a word cache.
#[derive(Debug)]
pub struct Bpe {
    merges: HashMap<(u32, u32), Merge>,
    /// `byte_ids[b]`: the id of the single-character token standing for byte `b`, if any.
    byte_ids: [Option<u32>; 256],
    byte_chars: [char; 256],
    ignore_merges: bool,
    cache: Mutex<HashMap<String, Vec<u32>>>,
}

impl Bpe {
    /// Builds the model from merges given as token-text pairs, in rank order. `source` names
    /// where they came from, for errors.
    pub fn new(
        token_ids: &HashMap<String, u32>,
        merges: &[(String, String)],
        ignore_merges: bool,
        source: &str,
    ) -> Result<Bpe, TokenizerError> {
        let id_of = |token: &str, index: usize| {
            token_ids
                .get(token)
                .copied()
                .ok_or_else(|| TokenizerError::Invalid {
                    source_name: source.to_string(),
                    field: format!("merges[{index}]"),
                    message: format!("names {token:?}, which is not in the vocab"),
                })
        };
        let mut by_pair = HashMap::with_capacity(merges.len());
        for (index, (left, right)) in merges.iter().enumerate() {
            let pair = (id_of(left, index)?, id_of(right, index)?);
            let merged = id_of(&format!("{left}{right}"), index)?;
            // A repeated pair keeps its first (lowest) rank, as `tokenizers` does.
            by_pair.entry(pair).or_insert(Merge {
                rank: index as u32,
                merged,
            });
        }
        let table = byte_to_char_table();
        let mut byte_ids = [None; 256];
        for (slot, c) in byte_ids.iter_mut().zip(table) {
            *slot = token_ids.get(c.encode_utf8(&mut [0; 4]) as &str).copied();
        }
        Ok(Bpe {
            merges: by_pair,
            byte_ids,
            byte_chars: table,
            ignore_merges,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// Appends the ids of one pre-tokenized word (raw text, not yet byte-mapped) to `out`.
    pub fn encode_word(
        &self,
        word: &str,
        token_ids: &HashMap<String, u32>,
        out: &mut Vec<u32>,
    ) -> Result<(), TokenizerError> {
        if let Some(ids) = self.cached(word) {
            out.extend_from_slice(&ids);
            return Ok(());
        }
        let ids = self.merge_word(word, token_ids)?;
        out.extend_from_slice(&ids);
        if word.len() > WORD_CACHE_MAX_LEN {
            return Ok(());
        }
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= WORD_CACHE_CAPACITY {
                cache.clear();
            }
            cache.insert(word.to_string(), ids);
        }
        Ok(())
    }

    fn cached(&self, word: &str) -> Option<Vec<u32>> {
        self.cache.lock().ok()?.get(word).cloned()
    }

    fn merge_word(
        &self,
        word: &str,
        token_ids: &HashMap<String, u32>,
    ) -> Result<Vec<u32>, TokenizerError> {
        if self.ignore_merges {
            let mapped: String = word.bytes().map(|b| self.byte_chars[b as usize]).collect();
            if let Some(&id) = token_ids.get(&mapped) {
                return Ok(vec![id]);
            }
        }
        let mut symbols = Vec::with_capacity(word.len());
        for b in word.bytes() {
            let id = self.byte_ids[b as usize].ok_or_else(|| TokenizerError::Encode {
                message: format!(
                    "byte 0x{b:02X} of word {:?} has no token in the vocab",
                    word.chars().take(40).collect::<String>()
                ),
            })?;
            symbols.push(id);
        }
        Ok(self.merge_symbols(symbols))
    }

    /// Applies merges lowest rank first. Symbols live in a linked list over `ids`; a merged-away
    /// symbol is marked dead (`len == 0`), and a heap entry is stale when its pair no longer sits
    /// at that position.
    fn merge_symbols(&self, mut ids: Vec<u32>) -> Vec<u32> {
        let n = ids.len();
        let mut prev: Vec<Option<usize>> = (0..n).map(|i| i.checked_sub(1)).collect();
        let mut next: Vec<Option<usize>> = (0..n).map(|i| (i + 1 < n).then_some(i + 1)).collect();
        let mut alive = vec![true; n];
        // Ordered by (rank, position): equal ranks merge left to right.
        let mut heap = BinaryHeap::new();
        let push = |heap: &mut BinaryHeap<_>, ids: &[u32], at: usize, right: usize| {
            if let Some(m) = self.merges.get(&(ids[at], ids[right])) {
                heap.push(Reverse((m.rank, at, ids[at], ids[right])));
            }
        };
        for i in 0..n.saturating_sub(1) {
            push(&mut heap, &ids, i, i + 1);
        }
        while let Some(Reverse((rank, at, left, right))) = heap.pop() {
            let Some(r) = next[at] else { continue };
            if !alive[at] || ids[at] != left || ids[r] != right {
                continue;
            }
            let Some(merge) = self.merges.get(&(left, right)) else {
                continue;
            };
            if merge.rank != rank {
                continue;
            }
            ids[at] = merge.merged;
            alive[r] = false;
            next[at] = next[r];
            if let Some(after) = next[r] {
                prev[after] = Some(at);
                push(&mut heap, &ids, at, after);
            }
            if let Some(before) = prev[at] {
                push(&mut heap, &ids, before, at);
            }
        }
        ids.iter()
            .zip(alive)
            .filter_map(|(&id, a)| a.then_some(id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_table_is_gpt2s_and_invertible() {
        let table = byte_to_char_table();
        assert_eq!(table[b' ' as usize], 'Ġ');
        assert_eq!(table[b'\n' as usize], 'Ċ');
        assert_eq!(table[b'a' as usize], 'a');
        assert_eq!(char_to_byte_map().len(), 256);
    }

    #[test]
    fn lowest_rank_merges_first() {
        let vocab: HashMap<String, u32> = ["a", "b", "c", "ab", "bc", "abc"]
            .iter()
            .enumerate()
            .map(|(i, t)| (t.to_string(), i as u32))
            .collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // "b c" outranks "a b", so "abc" is a + bc, and then no merge "a bc" exists.
        let bpe = Bpe::new(&vocab, &[pair("b", "c"), pair("a", "b")], false, "test").unwrap();
        let mut out = Vec::new();
        bpe.encode_word("abc", &vocab, &mut out).unwrap();
        assert_eq!(out, [0, 4]);
        let bpe = Bpe::new(&vocab, &[pair("a", "b"), pair("ab", "c")], false, "test").unwrap();
        out.clear();
        bpe.encode_word("abc", &vocab, &mut out).unwrap();
        assert_eq!(out, [5]);
    }

    #[test]
    fn merge_naming_an_unknown_token_is_an_error() {
        let vocab: HashMap<String, u32> = [("a".to_string(), 0)].into_iter().collect();
        let err = Bpe::new(&vocab, &[("a".into(), "zz".into())], false, "spec")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("merges[0]") && err.contains("zz"), "{err}");
    }
}
