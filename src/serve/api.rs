//! The OpenAI API's request fields, read and checked one by one so a bad request is refused
//! naming its field, and its error body (`{"error": {"message", "type", "param", "code"}}`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

use crate::tokenizer::ChatMessage;

/// An error as OpenAI's API reports it, with its HTTP status.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub param: Option<String>,
    /// Seconds a client should wait before retrying (503 when the queue is full).
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn bad_field(field: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            param: Some(field.to_string()),
            retry_after: None,
        }
    }

    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            param: None,
            retry_after: None,
        }
    }

    fn kind(&self) -> &'static str {
        match self.status.as_u16() {
            400 | 404 | 413 => "invalid_request_error",
            503 => "server_busy",
            _ => "server_error",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {
            "message": self.message,
            "type": self.kind(),
            "param": self.param,
            "code": null,
        }});
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// What the prompt is: plain text, or a conversation for the chat template.
#[derive(Clone, Debug)]
pub enum Prompt {
    Text(String),
    Chat(Vec<ChatMessage>),
}

/// A completion request, checked.
#[derive(Clone, Debug)]
pub struct Request {
    pub model: Option<String>,
    pub prompt: Prompt,
    /// `None`: as many as the context leaves (chat) or OpenAI's 16 (completions).
    pub max_tokens: Option<usize>,
    pub temperature: f32,
    pub top_p: f32,
    pub top_k: u32,
    pub seed: u64,
    pub stop: Vec<String>,
    pub stream: bool,
    pub include_usage: bool,
    /// Generate through end-of-sequence tokens (llama.cpp's and vLLM's `ignore_eos`): fixed
    /// lengths for load tests.
    pub ignore_eos: bool,
}

/// Reads a `/v1/completions` (`chat == false`) or `/v1/chat/completions` body.
pub fn parse_request(body: &[u8], chat: bool) -> Result<Request, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("the body is not valid JSON: {e}"),
        )
    })?;
    let Value::Object(obj) = value else {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "the body must be a JSON object",
        ));
    };
    let prompt = if chat {
        Prompt::Chat(messages(&obj)?)
    } else {
        Prompt::Text(prompt(&obj)?)
    };
    let include_usage = match obj.get("stream_options") {
        None | Some(Value::Null) => false,
        Some(Value::Object(o)) => {
            opt_bool(o, "include_usage", "stream_options.include_usage")?.unwrap_or(false)
        }
        Some(_) => return Err(ApiError::bad_field("stream_options", "must be an object")),
    };
    if let Some(n) = opt_int(&obj, "n", 1, 1)? {
        debug_assert_eq!(n, 1);
    }
    let max_tokens = match opt_int(&obj, "max_completion_tokens", 1, u32::MAX as u64)? {
        Some(n) => Some(n),
        None => opt_int(&obj, "max_tokens", 1, u32::MAX as u64)?,
    };
    Ok(Request {
        model: opt_str(&obj, "model")?,
        prompt,
        max_tokens: max_tokens.map(|n| n as usize),
        temperature: opt_num(&obj, "temperature", 0.0, 2.0, true)?.unwrap_or(1.0),
        top_p: opt_num(&obj, "top_p", 0.0, 1.0, false)?.unwrap_or(1.0),
        top_k: opt_int(&obj, "top_k", 0, i32::MAX as u64)?.unwrap_or(0) as u32,
        seed: opt_int(&obj, "seed", 0, u64::MAX)?.unwrap_or(0),
        stop: stop(&obj)?,
        stream: opt_bool(&obj, "stream", "stream")?.unwrap_or(false),
        include_usage,
        ignore_eos: opt_bool(&obj, "ignore_eos", "ignore_eos")?.unwrap_or(false),
    })
}

fn messages(obj: &Map<String, Value>) -> Result<Vec<ChatMessage>, ApiError> {
    let Some(Value::Array(list)) = obj.get("messages") else {
        return Err(ApiError::bad_field(
            "messages",
            "messages must be a non-empty array of {role, content}",
        ));
    };
    if list.is_empty() {
        return Err(ApiError::bad_field(
            "messages",
            "messages must not be empty",
        ));
    }
    list.iter()
        .enumerate()
        .map(|(i, m)| {
            let field = format!("messages[{i}]");
            let role = m.get("role").and_then(Value::as_str).ok_or_else(|| {
                ApiError::bad_field(&field, format!("{field}.role must be a string"))
            })?;
            if !matches!(role, "system" | "user" | "assistant" | "developer") {
                return Err(ApiError::bad_field(
                    &field,
                    format!("{field}.role {role:?} is not system, developer, user or assistant"),
                ));
            }
            let content = match m.get("content") {
                Some(Value::String(s)) => s.clone(),
                // The array form: text parts joined.
                Some(Value::Array(parts)) => parts
                    .iter()
                    .map(|p| match (p.get("type"), p.get("text")) {
                        (Some(t), Some(Value::String(s))) if t == "text" => Ok(s.as_str()),
                        _ => Err(ApiError::bad_field(
                            &field,
                            format!("{field}.content parts must be {{\"type\": \"text\", \"text\": ...}}"),
                        )),
                    })
                    .collect::<Result<Vec<_>, _>>()?
                    .concat(),
                _ => {
                    return Err(ApiError::bad_field(
                        &field,
                        format!("{field}.content must be a string"),
                    ))
                }
            };
            let role = if role == "developer" { "system" } else { role };
            Ok(ChatMessage::new(role, content))
        })
        .collect()
}

fn prompt(obj: &Map<String, Value>) -> Result<String, ApiError> {
    match obj.get("prompt") {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::Array(a)) if a.len() == 1 && a[0].as_str().is_some_and(|s| !s.is_empty()) => {
            Ok(a[0].as_str().unwrap_or_default().to_string())
        }
        _ => Err(ApiError::bad_field(
            "prompt",
            "prompt must be a non-empty string (one prompt per request)",
        )),
    }
}

fn stop(obj: &Map<String, Value>) -> Result<Vec<String>, ApiError> {
    let bad = || ApiError::bad_field("stop", "stop must be a string or up to 4 non-empty strings");
    let list = match obj.get("stop") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) if a.len() <= 4 => a
            .iter()
            .map(|s| s.as_str().map(str::to_string).ok_or_else(bad))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(bad()),
    };
    if list.iter().any(String::is_empty) {
        return Err(bad());
    }
    Ok(list)
}

fn opt_str(obj: &Map<String, Value>, field: &str) -> Result<Option<String>, ApiError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::bad_field(
            field,
            format!("{field} must be a string"),
        )),
    }
}

fn opt_bool(obj: &Map<String, Value>, key: &str, field: &str) -> Result<Option<bool>, ApiError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(ApiError::bad_field(
            field,
            format!("{field} must be a boolean"),
        )),
    }
}

/// A number in `[lo, hi]` (or `(lo, hi]` when `lo` is excluded).
fn opt_num(
    obj: &Map<String, Value>,
    field: &str,
    lo: f64,
    hi: f64,
    lo_included: bool,
) -> Result<Option<f32>, ApiError> {
    let v = match obj.get(field) {
        None | Some(Value::Null) => return Ok(None),
        Some(v) => v.as_f64(),
    };
    let open = if lo_included { "[" } else { "(" };
    match v {
        Some(x) if x <= hi && (x > lo || (lo_included && x == lo)) => Ok(Some(x as f32)),
        _ => Err(ApiError::bad_field(
            field,
            format!(
                "{field} must be a number in {open}{lo}, {hi}], got {}",
                obj[field]
            ),
        )),
    }
}

fn opt_int(
    obj: &Map<String, Value>,
    field: &str,
    lo: u64,
    hi: u64,
) -> Result<Option<u64>, ApiError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_u64() {
            Some(n) if (lo..=hi).contains(&n) => Ok(Some(n)),
            _ => Err(ApiError::bad_field(
                field,
                format!("{field} must be an integer in [{lo}, {hi}], got {v}"),
            )),
        },
    }
}
