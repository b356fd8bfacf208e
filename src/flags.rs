//! Values of command-line flags that carry lists (`--prompt-ids 1,2,3`), parsed here rather than
//! in the binary so that the parsing can be tested and fuzzed like every other input.

use std::fmt;

/// Token ids given on the command line, e.g. `1,2,3`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenIds(pub Vec<u32>);

impl std::str::FromStr for TokenIds {
    type Err = FlagError;

    /// Comma-separated decimal u32 ids, spaces around each allowed. An empty list, an empty item
    /// or anything else is an error naming the item and its position.
    fn from_str(s: &str) -> Result<TokenIds, FlagError> {
        if s.trim().is_empty() {
            return Err(FlagError(
                "expected at least one token id, e.g. 1,2,3".into(),
            ));
        }
        s.split(',')
            .enumerate()
            .map(|(i, item)| {
                let item = item.trim();
                if !item.bytes().all(|b| b.is_ascii_digit()) || item.is_empty() {
                    return Err(FlagError(format!(
                        "item {} ({item:?}) is not a token id (a decimal integer)",
                        i + 1
                    )));
                }
                item.parse::<u32>().map_err(|_| {
                    FlagError(format!(
                        "item {} ({item}) is larger than the largest token id {}",
                        i + 1,
                        u32::MAX
                    ))
                })
            })
            .collect::<Result<Vec<u32>, FlagError>>()
            .map(TokenIds)
    }
}

impl fmt::Display for TokenIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<String> = self.0.iter().map(u32::to_string).collect();
        f.write_str(&items.join(","))
    }
}

/// Why a flag's value was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagError(pub String);

impl fmt::Display for FlagError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FlagError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &str) -> Result<Vec<u32>, String> {
        s.parse::<TokenIds>().map(|t| t.0).map_err(|e| e.0)
    }

    #[test]
    fn ids_parse_and_print_back() {
        assert_eq!(ids("1,2,3").unwrap(), [1, 2, 3]);
        assert_eq!(ids(" 7 , 0,4294967295").unwrap(), [7, 0, u32::MAX]);
        assert_eq!(TokenIds(vec![5, 6]).to_string(), "5,6");
    }

    #[test]
    fn bad_ids_are_named() {
        for (input, expected) in [
            ("", "at least one"),
            ("1,,2", "item 2 (\"\")"),
            ("1,-2", "item 2 (\"-2\")"),
            ("+3", "item 1 (\"+3\")"),
            ("4294967296", "item 1 (4294967296) is larger"),
            ("99999999999999999999999", "is larger"),
            ("1,x", "item 2 (\"x\")"),
        ] {
            let err = ids(input).unwrap_err();
            assert!(err.contains(expected), "{input:?}: {err}");
        }
    }
}
