//! ROUGE-L as Google's `rouge-score` package computes it (`RougeScorer(["rougeL"])`, no
//! stemming): lowercase, every run of characters outside `[a-z0-9]` becomes a space, split on
//! whitespace, then the longest common subsequence of the two token lists.

/// Precision, recall and F-measure of one (reference, candidate) pair.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct RougeL {
    pub precision: f64,
    pub recall: f64,
    pub fmeasure: f64,
}

/// rouge-score's default tokenizer without a stemmer.
pub fn tokenize(text: &str) -> Vec<String> {
    let lowered = text.to_lowercase();
    let cleaned: String = lowered
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                ' '
            }
        })
        .collect();
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// Length of the longest common subsequence, in O(len(a)·len(b)) time and O(len(b)) memory.
pub fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            row[j + 1] = if x == y {
                prev[j] + 1
            } else {
                row[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

/// ROUGE-L of `candidate` against `reference` (rouge-score's `score(target, prediction)`).
pub fn rouge_l(reference: &str, candidate: &str) -> RougeL {
    let (r, c) = (tokenize(reference), tokenize(candidate));
    if r.is_empty() || c.is_empty() {
        return RougeL {
            precision: 0.0,
            recall: 0.0,
            fmeasure: 0.0,
        };
    }
    let lcs = lcs_len(&r, &c) as f64;
    let (precision, recall) = (lcs / c.len() as f64, lcs / r.len() as f64);
    let fmeasure = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    RougeL {
        precision,
        recall,
        fmeasure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_drops_punctuation_and_case() {
        assert_eq!(tokenize("Hello, World! 42x"), ["hello", "world", "42x"]);
        assert_eq!(tokenize("don't-stop"), ["don", "t", "stop"]);
        assert!(tokenize("¡¿ — !").is_empty());
    }

    #[test]
    fn lcs_by_hand() {
        let a: Vec<char> = "ABCBDAB".chars().collect();
        let b: Vec<char> = "BDCABA".chars().collect();
        assert_eq!(lcs_len(&a, &b), 4);
        assert_eq!(lcs_len::<char>(&[], &b), 0);
    }

    #[test]
    fn identical_and_disjoint_texts() {
        assert_eq!(rouge_l("the cat sat", "The cat sat.").fmeasure, 1.0);
        assert_eq!(rouge_l("the cat", "a dog").fmeasure, 0.0);
        assert_eq!(rouge_l("", "a dog").fmeasure, 0.0);
    }
}
