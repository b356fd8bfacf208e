//! Prompt sets: Alpaca (`instruction`, `input`, `output`; a JSON array or JSONL), MT-Bench
//! (`question_id`, `turns`: the first turn is asked) and IFBench (`key`, `prompt`). The format is
//! told by the fields of each record; a record that fits none, or a line that is not JSON, is an
//! error naming the file and line.

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{Map, Value};

/// The formats a prompt file may hold.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PromptFormat {
    Alpaca,
    MtBench,
    IfBench,
}

/// One prompt of a workload.
#[derive(Clone, Debug, PartialEq)]
pub struct Prompt {
    /// The record's id (`question_id`, `key`) or its 0-based index.
    pub id: String,
    pub format: PromptFormat,
    /// What the user says, for models with a chat template.
    pub user: String,
    /// The whole prompt as plain text, for base models (the Alpaca template for Alpaca).
    pub plain: String,
    /// The dataset's own answer, where it has one (Alpaca's `output`).
    pub reference: Option<String>,
}

const ALPACA_WITH_INPUT: &str = "Below is an instruction that describes a task, paired with an \
    input that provides further context. Write a response that appropriately completes the \
    request.\n\n### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n";
const ALPACA_NO_INPUT: &str = "Below is an instruction that describes a task. Write a response \
    that appropriately completes the request.\n\n### Instruction:\n{instruction}\n\n### Response:\n";

fn str_field<'a>(obj: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => bail!("field {key:?} must be a string, got {other}"),
    }
}

/// One record as a prompt; `index` is its 0-based position, used when it has no id.
fn parse_record(value: &Value, index: usize) -> Result<Prompt> {
    let obj = value
        .as_object()
        .ok_or_else(|| anyhow!("expected a JSON object, got {value}"))?;
    if let Some(instruction) = str_field(obj, "instruction")? {
        let input = str_field(obj, "input")?.unwrap_or("");
        let (user, plain) = if input.trim().is_empty() {
            (
                instruction.to_string(),
                ALPACA_NO_INPUT.replace("{instruction}", instruction),
            )
        } else {
            (
                format!("{instruction}\n\n{input}"),
                ALPACA_WITH_INPUT
                    .replace("{instruction}", instruction)
                    .replace("{input}", input),
            )
        };
        return Ok(Prompt {
            id: index.to_string(),
            format: PromptFormat::Alpaca,
            user,
            plain,
            reference: str_field(obj, "output")?.map(str::to_string),
        });
    }
    if let Some(turns) = obj.get("turns") {
        let first = turns
            .as_array()
            .and_then(|t| t.first())
            .and_then(Value::as_str)
            .ok_or_else(|| anyhow!("\"turns\" must be a non-empty list of strings"))?;
        let id = match obj.get("question_id") {
            Some(v @ Value::Number(_)) => v.to_string(),
            Some(Value::String(s)) => s.clone(),
            _ => index.to_string(),
        };
        return Ok(Prompt {
            id,
            format: PromptFormat::MtBench,
            user: first.to_string(),
            plain: first.to_string(),
            reference: None,
        });
    }
    if let Some(prompt) = str_field(obj, "prompt")? {
        let id = match obj.get("key") {
            Some(Value::String(s)) => s.clone(),
            Some(v @ Value::Number(_)) => v.to_string(),
            _ => index.to_string(),
        };
        return Ok(Prompt {
            id,
            format: PromptFormat::IfBench,
            user: prompt.to_string(),
            plain: prompt.to_string(),
            reference: None,
        });
    }
    let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    bail!(
        "not a known prompt record (Alpaca needs \"instruction\", MT-Bench \"turns\", IFBench \
         \"prompt\"); its fields are {keys:?}"
    )
}

/// Reads every prompt of a JSON array or JSONL file.
pub fn parse_prompts(text: &str, source: &str) -> Result<Vec<Prompt>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let records: Vec<Value> =
            serde_json::from_str(text).with_context(|| format!("{source}: not a JSON array"))?;
        // Line of each element's start, for errors: count lines up to each top-level object.
        let starts = element_lines(text);
        return records
            .iter()
            .enumerate()
            .map(|(i, r)| {
                parse_record(r, i).with_context(|| {
                    let line = starts
                        .get(i)
                        .map_or(String::new(), |l| format!(" line {l}"));
                    format!("{source}:{line} (element {i})")
                })
            })
            .collect();
    }
    let mut prompts = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{source}: line {}", n + 1);
        let value: Value =
            serde_json::from_str(line).with_context(|| format!("{}: not valid JSON", at()))?;
        prompts.push(parse_record(&value, prompts.len()).with_context(at)?);
    }
    if prompts.is_empty() {
        bail!("{source}: no prompts in the file");
    }
    Ok(prompts)
}

/// The 1-based line on which each top-level element of a JSON array starts.
fn element_lines(text: &str) -> Vec<usize> {
    let (mut depth, mut line, mut in_str, mut escaped) = (0usize, 1usize, false, false);
    let mut lines = Vec::new();
    for c in text.chars() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
        } else {
            match c {
                '"' => in_str = true,
                '{' | '[' => {
                    if depth == 1 {
                        lines.push(line);
                    }
                    depth += 1;
                }
                '}' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if c == '\n' {
            line += 1;
        }
    }
    lines
}

/// Reads a prompt file (JSON array or JSONL of Alpaca, MT-Bench or IFBench records).
pub fn read_prompts(path: &Path) -> Result<Vec<Prompt>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading prompts from {}", path.display()))?;
    parse_prompts(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpaca_template_with_and_without_input() {
        let p = parse_prompts(
            r#"[{"instruction": "Add.", "input": "2 3", "output": "5"},
                {"instruction": "Say hi.", "input": "", "output": "hi"}]"#,
            "a.json",
        )
        .unwrap();
        assert_eq!(p[0].user, "Add.\n\n2 3");
        assert!(p[0].plain.contains("### Input:\n2 3\n\n### Response:\n"));
        assert!(!p[1].plain.contains("### Input"));
        assert_eq!(p[1].reference.as_deref(), Some("hi"));
    }

    #[test]
    fn array_errors_name_the_line_of_the_element() {
        let err =
            parse_prompts("[\n {\"instruction\": \"x\"},\n {\"foo\": 1}\n]", "a.json").unwrap_err();
        let msg = format!("{err:#}");
        assert!(msg.contains("a.json: line 3 (element 1)"), "{msg}");
    }
}
