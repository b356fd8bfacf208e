//! The chat template: the model's Jinja template (`tokenizer.chat_template`) rendered with
//! minijinja, configured as `transformers` configures Jinja for `apply_chat_template`.

use minijinja::syntax::SyntaxConfig;
use minijinja::{context, Environment, Error, ErrorKind, Value};
use serde::{Deserialize, Serialize};

use super::{Result, TokenizerError};

/// One turn of a conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// "system", "user" or "assistant".
    pub role: String,
    pub content: String,
}

impl ChatMessage {
    pub fn new(role: impl Into<String>, content: impl Into<String>) -> ChatMessage {
        ChatMessage {
            role: role.into(),
            content: content.into(),
        }
    }
}

impl ChatMessage {
    /// The message as templates see it: a map with `role` and `content`.
    fn to_value(&self) -> Value {
        Value::from_pairs([
            ("role", self.role.as_str()),
            ("content", self.content.as_str()),
        ])
    }
}

const TEMPLATE_NAME: &str = "chat_template";

/// A compiled chat template.
#[derive(Debug)]
pub struct ChatTemplate {
    env: Environment<'static>,
}

impl ChatTemplate {
    /// Compiles `source`; a syntax error names `origin` (the file it came from) and the error.
    pub fn new(source: &str, origin: &str) -> Result<ChatTemplate> {
        let mut env = Environment::new();
        // transformers renders with trim_blocks and lstrip_blocks on; templates rely on it.
        let syntax = SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .map_err(|e| TokenizerError::Template {
                message: format!("syntax config: {e}"),
            })?;
        env.set_syntax(syntax);
        // Python string methods (`.strip()`, `.startswith()`) that templates call.
        env.set_unknown_method_callback(minijinja_contrib::pycompat::unknown_method_callback);
        env.add_function(
            "raise_exception",
            |message: String| -> std::result::Result<String, Error> {
                Err(Error::new(ErrorKind::InvalidOperation, message))
            },
        );
        env.add_template_owned(TEMPLATE_NAME, source.to_string())
            .map_err(|e| TokenizerError::Template {
                message: format!("{origin}: the template does not compile: {e}"),
            })?;
        Ok(ChatTemplate { env })
    }

    /// Renders the conversation; `add_generation_prompt` appends the assistant's opening.
    pub fn render(
        &self,
        messages: &[ChatMessage],
        add_generation_prompt: bool,
        bos_token: &str,
        eos_token: &str,
    ) -> Result<String> {
        let failed = |e: Error| TokenizerError::Template {
            message: format!("rendering failed: {e}"),
        };
        let template = self.env.get_template(TEMPLATE_NAME).map_err(failed)?;
        template
            .render(context! {
                messages => messages.iter().map(ChatMessage::to_value).collect::<Vec<_>>(),
                add_generation_prompt => add_generation_prompt,
                bos_token => bos_token,
                eos_token => eos_token,
            })
            .map_err(failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raise_exception_in_a_template_is_an_error_with_its_message() {
        let template = ChatTemplate::new(
            "{% if messages[0].role != 'user' %}{{ raise_exception('first must be user') }}{% endif %}",
            "test",
        )
        .unwrap();
        let err = template
            .render(&[ChatMessage::new("system", "x")], true, "", "")
            .unwrap_err()
            .to_string();
        assert!(err.contains("first must be user"), "{err}");
    }

    #[test]
    fn syntax_error_is_reported_with_its_origin() {
        let err = ChatTemplate::new("{% for m in messages %}", "tokenizer_config.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("tokenizer_config.json"), "{err}");
    }

    #[test]
    fn python_string_methods_and_block_trimming_work() {
        let template = ChatTemplate::new(
            "{% for m in messages %}\n  {{ m.content.strip() }}|\n  {% if true %}x{% endif %}\n{% endfor %}",
            "test",
        )
        .unwrap();
        let out = template
            .render(&[ChatMessage::new("user", "  hi  ")], false, "", "")
            .unwrap();
        // As Jinja2 with trim_blocks + lstrip_blocks renders it (only block tags are stripped).
        assert_eq!(out, "  hi|\nx");
    }
}
