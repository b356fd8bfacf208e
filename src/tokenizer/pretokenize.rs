//! The pre-tokenizer: splits text into words before BPE merges run inside each word.
//!
//! A split is a sequence of steps, each cutting every piece from the step before into smaller
//! pieces ("isolated": matches and the text between them both become pieces). The named splits
//! are the ones llama.cpp applies for each GGUF `tokenizer.ggml.pre`; a Hugging Face
//! `tokenizer.json` builds the same steps from its `pre_tokenizer` section.
//!
//! The patterns' one lookahead, `\s+(?!\S)|\s+`, is run without a backtracking engine (which
//! gives up on long whitespace runs): it becomes a plain `\s+` alternative, and a run it matches
//! that is followed by more text gives its last character back to the next word, which is what
//! the lookahead does. The `regex` crate then matches in linear time.

use regex::Regex;

use super::TokenizerError;

/// The GPT-2 split (also what `ByteLevel { use_regex: true }` applies in `tokenizers`). The
/// `\s+(?!\S)` lookahead leaves the last space of a run to start the next word.
pub const GPT2_SPLIT: &str =
    r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

/// Llama-3's split: case-insensitive contractions, numbers in groups of at most three.
pub const LLAMA3_SPLIT: &str = concat!(
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}",
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+",
);

/// Mistral's Tekken split (Mistral-Nemo): words by case shape, every digit alone.
pub const TEKKEN_SPLIT: &str = concat!(
    r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+",
    r"|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*",
    r"|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+",
);

/// The lookahead alternative rewritten as described in the module docs.
const LOOKAHEAD_RUN: &str = r"\s+(?!\S)|\s+";
const RUN_GROUP: &str = "whitespace_run";

/// One splitting step.
#[derive(Debug)]
pub enum SplitStep {
    /// Every match of the pattern is a piece, and so is the text between matches.
    Regex(Regex),
    /// Every numeric character (`\p{N}`) is a piece on its own.
    EachDigit,
}

/// How text is cut into words: the steps, in order.
#[derive(Debug)]
pub struct PreTokenizer {
    steps: Vec<SplitStep>,
}

/// What a GGUF `tokenizer.ggml.pre` value means.
pub struct NamedPre {
    pub pre: PreTokenizer,
    /// Take a whole word from the vocab before merging (llama.cpp's `ignore_merges`).
    pub ignore_merges: bool,
}

impl SplitStep {
    /// Compiles a split pattern; lookarounds other than the `\s+(?!\S)|\s+` idiom are an error.
    pub fn regex(pattern: &str, source: &str) -> Result<SplitStep, TokenizerError> {
        let rewritten = pattern.replace(LOOKAHEAD_RUN, &format!(r"(?P<{RUN_GROUP}>\s+)"));
        let regex = Regex::new(&rewritten).map_err(|e| TokenizerError::Invalid {
            source_name: source.to_string(),
            field: "pre-tokenizer pattern".to_string(),
            message: format!("{pattern:?} is not supported: {e}"),
        })?;
        Ok(SplitStep::Regex(regex))
    }
}

impl PreTokenizer {
    pub fn new(steps: Vec<SplitStep>) -> PreTokenizer {
        PreTokenizer { steps }
    }

    /// The split llama.cpp uses for a GGUF `tokenizer.ggml.pre` value; any other name is an error
    /// rather than a guess, since a wrong split gives plausible but wrong ids.
    pub fn from_gguf_pre(pre: &str) -> Result<NamedPre, TokenizerError> {
        let regex = |p| SplitStep::regex(p, "tokenizer.ggml.pre");
        let (steps, ignore_merges) = match pre {
            "gpt2" | "gpt-2" => (vec![regex(GPT2_SPLIT)?], false),
            "smollm" | "starcoder" | "refact" | "codeshell" => {
                (vec![SplitStep::EachDigit, regex(GPT2_SPLIT)?], false)
            }
            "llama3" | "llama-v3" | "llama-bpe" => (vec![regex(LLAMA3_SPLIT)?], true),
            "tekken" => (vec![regex(TEKKEN_SPLIT)?], true),
            other => {
                return Err(TokenizerError::Unsupported {
                    what: "tokenizer.ggml.pre".to_string(),
                    value: other.to_string(),
                    supported: "gpt2, smollm, starcoder, refact, codeshell, llama3, llama-v3, \
                                llama-bpe, tekken"
                        .to_string(),
                })
            }
        };
        Ok(NamedPre {
            pre: PreTokenizer::new(steps),
            ignore_merges,
        })
    }

    /// Cuts `text` into words (non-empty slices of it, in order, covering all of it).
    pub fn split<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let mut pieces = vec![text];
        for step in &self.steps {
            let mut next = Vec::with_capacity(pieces.len() * 2);
            for piece in pieces {
                step.split_into(piece, &mut next);
            }
            pieces = next;
        }
        pieces.retain(|p| !p.is_empty());
        pieces
    }
}

impl SplitStep {
    fn split_into<'t>(&self, text: &'t str, out: &mut Vec<&'t str>) {
        let mut last = 0;
        match self {
            SplitStep::Regex(regex) => {
                let mut at = 0;
                while let Some(found) = regex.find_at(text, at) {
                    let end = word_end(regex, text, found);
                    out.push(&text[last..found.start()]);
                    out.push(&text[found.start()..end]);
                    last = end;
                    // No pattern here matches empty text; step over one anyway rather than loop.
                    at = if end > found.start() {
                        end
                    } else {
                        text[end..]
                            .chars()
                            .next()
                            .map_or(text.len(), |c| end + c.len_utf8())
                    };
                }
            }
            SplitStep::EachDigit => {
                for (at, c) in text.char_indices().filter(|(_, c)| c.is_numeric()) {
                    let end = at + c.len_utf8();
                    out.push(&text[last..at]);
                    out.push(&text[at..end]);
                    last = end;
                }
            }
        }
        out.push(&text[last..]);
    }
}

/// Where the word `found` ends: a whitespace run from the rewritten lookahead alternative that
/// more text follows leaves its last character to the next word (`\s+(?!\S)`).
fn word_end(regex: &Regex, text: &str, found: regex::Match) -> usize {
    let matched = found.as_str();
    let Some((last_at, _)) = matched.char_indices().next_back() else {
        return found.end();
    };
    // Cheap tests first: only a run of two or more whitespace characters before more text.
    let candidate =
        found.end() < text.len() && last_at > 0 && matched.chars().all(char::is_whitespace);
    let from_run = candidate
        && regex
            .captures_at(text, found.start())
            .and_then(|caps| caps.name(RUN_GROUP))
            .is_some();
    if from_run {
        found.start() + last_at
    } else {
        found.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(pre: &str, text: &str) -> Vec<String> {
        let named = PreTokenizer::from_gguf_pre(pre).unwrap();
        named
            .pre
            .split(text)
            .into_iter()
            .map(String::from)
            .collect()
    }

    #[test]
    fn gpt2_split_leaves_last_space_of_a_run_to_the_next_word() {
        assert_eq!(split("gpt2", "a   b"), ["a", "  ", " b"]);
        assert_eq!(split("gpt2", "don't go"), ["don", "'t", " go"]);
        assert_eq!(split("gpt2", "x\ty"), ["x", "\t", "y"]);
    }

    #[test]
    fn smollm_split_puts_every_digit_alone() {
        assert_eq!(split("smollm", "ab 123"), ["ab", " ", "1", "2", "3"]);
    }

    #[test]
    fn llama3_split_groups_digits_by_three_and_keeps_newlines_together() {
        assert_eq!(split("llama-bpe", "12345"), ["123", "45"]);
        assert_eq!(split("llama-bpe", "a\n\nb"), ["a", "\n\n", "b"]);
        assert_eq!(split("llama-bpe", "I'M"), ["I", "'M"]);
    }

    #[test]
    fn long_whitespace_runs_split_like_the_lookahead() {
        let text = " ".repeat(100_000) + "a";
        let words = split("llama-bpe", &text);
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].len(), 99_999);
        assert_eq!(words[1], " a");
    }

    #[test]
    fn other_lookarounds_are_an_error_naming_the_pattern() {
        let err = SplitStep::regex(r"a(?=b)", "tokenizer.json")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("a(?=b)"), "{err}");
    }

    #[test]
    fn unknown_pre_is_an_error_naming_it() {
        let err = PreTokenizer::from_gguf_pre("qwen2")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("qwen2"), "{err}");
    }
}
