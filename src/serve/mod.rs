//! `xlagen serve`: an OpenAI-compatible HTTP server (completions and chat completions, streamed
//! as server-sent events or whole, models, health, Prometheus metrics, and a chat page at `/`)
//! over one engine that a continuous-batching scheduler owns (`scheduler`).
//!
//! A request is checked and tokenized here, refused up front when it cannot fit the cache, and
//! queued; its ids come back from the scheduler, are detokenized and checked for stop strings
//! in a task of its own, and go out as text. Dropping a request's receiver (a client that
//! disconnects, a stop string) cancels it on the scheduler.

pub mod api;
pub mod metrics;
pub mod scheduler;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::sse::{Event as SseEvent, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::engine::{Engine, EngineOptions, GenerateParams, StopReason};
use crate::tokenizer::Tokenizer;
use api::{ApiError, Prompt, Request};
use metrics::Metrics;
use scheduler::{Job, Queue, Update};

/// How the server runs.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub host: String,
    pub port: u16,
    /// Sequences decoded together (slots of the KV cache).
    pub max_batch: usize,
    /// Requests that may wait for a slot; more are refused with 503.
    pub max_queue: usize,
    /// The model id clients name (`/v1/models`).
    pub model_name: String,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
}

struct AppState {
    tokenizer: Tokenizer,
    queue: Queue,
    metrics: Arc<Metrics>,
    limits: EngineOptions,
    vocab_size: usize,
    stop_ids: Vec<u32>,
    model_name: String,
    next_id: AtomicU64,
}

/// Runs the server until SIGTERM or Ctrl-C: then it stops accepting, lets the requests in
/// flight finish, and returns.
pub fn run(engine: Engine, tokenizer: Tokenizer, opts: ServeOptions) -> Result<()> {
    if opts.max_batch == 0 || opts.max_queue == 0 {
        anyhow::bail!("--max-batch and --max-queue must be at least 1");
    }
    let limits = engine.options().clone();
    let kv_positions = opts.max_batch * limits.max_seq as usize;
    let metrics = Arc::new(Metrics::new(kv_positions));
    let mut stop_ids = engine.config().eos_token_id.clone();
    stop_ids.extend_from_slice(tokenizer.eos_ids());
    let vocab_size = engine.config().vocab_size;
    let stop = Arc::new(AtomicBool::new(false));
    let kv_bytes = engine.kv_cache_bytes() * opts.max_batch;
    let (queue, scheduler) = scheduler::start(
        engine,
        opts.max_batch,
        opts.max_queue,
        metrics.clone(),
        stop.clone(),
    )?;
    let state = Arc::new(AppState {
        tokenizer,
        queue,
        metrics,
        limits,
        vocab_size,
        stop_ids,
        model_name: opts.model_name.clone(),
        next_id: AtomicU64::new(0),
    });
    let app = Router::new()
        .route("/", get(chat_page))
        .route("/v1/completions", post(completions))
        .route("/v1/chat/completions", post(chat_completions))
        .route("/v1/models", get(models))
        .route("/health", get(|| async { Json(json!({"status": "ok"})) }))
        .route("/metrics", get(metrics_text))
        .layer(DefaultBodyLimit::max(opts.max_body_bytes))
        .with_state(state);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let addr = format!("{}:{}", opts.host, opts.port);
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        eprintln!(
            "xlagen: serving {} on http://{} ({} slots x {} positions = {kv_positions} KV \
             positions, {:.1} MiB of KV cache; queue {})",
            opts.model_name,
            listener.local_addr()?,
            opts.max_batch,
            kv_positions / opts.max_batch,
            kv_bytes as f64 / (1024.0 * 1024.0),
            opts.max_queue
        );
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .context("serving HTTP")
    })?;
    stop.store(true, Ordering::Relaxed);
    scheduler
        .join()
        .map_err(|_| anyhow::anyhow!("the scheduler thread panicked"))?;
    eprintln!("xlagen: stopped");
    Ok(())
}

async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = terminate => {},
    }
    eprintln!("xlagen: shutting down: no new connections, finishing those in flight");
}

/// The chat page: one static file, built into the binary.
async fn chat_page() -> axum::response::Html<&'static str> {
    axum::response::Html(include_str!("chat.html"))
}

async fn models(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(json!({
        "object": "list",
        "data": [{"id": state.model_name, "object": "model", "created": 0, "owned_by": "xlagen"}],
    }))
}

async fn metrics_text(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    (
        [("content-type", "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

async fn completions(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    respond(&state, body, false).await
}

async fn chat_completions(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    respond(&state, body, true).await
}

async fn respond(
    state: &Arc<AppState>,
    body: Result<Bytes, BytesRejection>,
    chat: bool,
) -> Response {
    let response = match body {
        Err(e) => ApiError::new(e.status(), e.body_text()).into_response(),
        Ok(body) => match complete(state, &body, chat).await {
            Ok(r) => r,
            Err(e) => e.into_response(),
        },
    };
    state.metrics.request(response.status().as_u16());
    response
}

/// A request admitted and not yet answered in full. Dropped before `ended`, it counts as
/// cancelled: its client left (the handler or the stream task was dropped with it).
struct Unfinished(Option<Arc<Metrics>>);

impl Unfinished {
    fn ended(&mut self) {
        self.0 = None;
    }
}

impl Drop for Unfinished {
    fn drop(&mut self) {
        if let Some(metrics) = self.0.take() {
            metrics.cancelled();
        }
    }
}

/// A piece of a response as the text task produces it.
enum Chunk {
    Text(String),
    Done {
        finish_reason: &'static str,
        completion_tokens: usize,
    },
    Failed(String),
}

async fn complete(state: &Arc<AppState>, body: &[u8], chat: bool) -> Result<Response, ApiError> {
    let req = api::parse_request(body, chat)?;
    if let Some(m) = &req.model {
        if *m != state.model_name {
            return Err(ApiError {
                param: Some("model".into()),
                ..ApiError::new(
                    StatusCode::NOT_FOUND,
                    format!(
                        "model {m:?} does not exist; this server has {:?}",
                        state.model_name
                    ),
                )
            });
        }
    }
    let prompt = tokenize(state, &req)?;
    let max_seq = state.limits.max_seq as usize;
    let max_tokens = match req.max_tokens {
        Some(n) => n,
        None if chat => max_seq.saturating_sub(prompt.len()).max(1),
        None => 16,
    };
    let needed = state.limits.positions_needed(prompt.len(), max_tokens);
    if needed > max_seq {
        return Err(ApiError::bad_field(
            "max_tokens",
            format!(
                "this model's context is {max_seq} tokens; the prompt ({} tokens) with max_tokens \
                 {max_tokens} needs {needed}: shorten the prompt or lower max_tokens",
                prompt.len()
            ),
        ));
    }
    let params = GenerateParams {
        max_new_tokens: max_tokens,
        temperature: req.temperature,
        top_k: req.top_k,
        top_p: req.top_p,
        seed: req.seed,
        stop_ids: if req.ignore_eos {
            Vec::new()
        } else {
            state.stop_ids.clone()
        },
    };
    let (updates, ids) = mpsc::unbounded_channel();
    let job = Job {
        prompt: prompt.clone(),
        params,
        updates,
        enqueued: Instant::now(),
    };
    let enqueued = job.enqueued;
    if state.queue.try_push(job).is_err() {
        return Err(ApiError {
            retry_after: Some(1),
            ..ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the request queue is full; retry shortly",
            )
        });
    }
    state.metrics.prompt_tokens(prompt.len());
    let mut pending = Unfinished(Some(state.metrics.clone()));
    let (out, mut chunks) = mpsc::unbounded_channel();
    tokio::spawn(text_task(
        state.clone(),
        ids,
        out,
        req.stop.clone(),
        enqueued,
    ));

    let id = state.next_id.fetch_add(1, Ordering::Relaxed);
    let shape = Shape {
        chat,
        id: if chat {
            format!("chatcmpl-{id}")
        } else {
            format!("cmpl-{id}")
        },
        created: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        model: state.model_name.clone(),
        prompt_tokens: prompt.len(),
    };
    if req.stream {
        return Ok(stream_response(shape, chunks, req.include_usage, pending));
    }
    let mut text = String::new();
    while let Some(chunk) = chunks.recv().await {
        match chunk {
            Chunk::Text(t) => text.push_str(&t),
            Chunk::Failed(e) => {
                pending.ended();
                return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e));
            }
            Chunk::Done {
                finish_reason,
                completion_tokens,
            } => {
                pending.ended();
                return Ok(
                    Json(shape.whole(&text, finish_reason, completion_tokens)).into_response()
                );
            }
        }
    }
    pending.ended();
    Err(ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "the request ended without a result",
    ))
}

fn tokenize(state: &AppState, req: &Request) -> Result<Vec<u32>, ApiError> {
    let tok = &state.tokenizer;
    let (ids, field) = match &req.prompt {
        Prompt::Text(t) => (tok.encode(t, true), "prompt"),
        Prompt::Chat(messages) => (
            tok.apply_chat_template(messages)
                .and_then(|text| tok.encode(&text, false)),
            "messages",
        ),
    };
    let ids = ids.map_err(|e| ApiError::bad_field(field, format!("{e:#}")))?;
    if ids.is_empty() {
        return Err(ApiError::bad_field(field, "the prompt has no tokens"));
    }
    if let Some(bad) = ids.iter().find(|&&id| id as usize >= state.vocab_size) {
        return Err(ApiError::bad_field(
            field,
            format!("token id {bad} is outside the model's vocabulary"),
        ));
    }
    Ok(ids)
}

/// Turns a job's ids into text: streaming detokenization, stop strings (text up to the first
/// one, which ends the job), timing metrics. Returning drops `ids`, which cancels the job.
async fn text_task(
    state: Arc<AppState>,
    mut ids: mpsc::UnboundedReceiver<Update>,
    out: mpsc::UnboundedSender<Chunk>,
    stop: Vec<String>,
    enqueued: Instant,
) {
    let mut decoder = state.tokenizer.stream_decoder(true);
    // Held back so that the start of a stop string is never sent.
    let hold = stop.iter().map(String::len).max().unwrap_or(1) - 1;
    let (mut text, mut sent, mut tokens) = (String::new(), 0, 0);
    let mut last = enqueued;
    let finish = |text: &str, sent: usize, reason, tokens| {
        if text.len() > sent {
            let _ = out.send(Chunk::Text(text[sent..].to_string()));
        }
        let _ = out.send(Chunk::Done {
            finish_reason: reason,
            completion_tokens: tokens,
        });
    };
    while let Some(update) = ids.recv().await {
        match update {
            Update::Token(id) => {
                // The response is gone (client disconnected): returning cancels the job.
                if out.is_closed() {
                    return;
                }
                let now = Instant::now();
                if tokens == 0 {
                    state.metrics.ttft((now - enqueued).as_secs_f64());
                } else {
                    state.metrics.inter_token((now - last).as_secs_f64());
                }
                last = now;
                tokens += 1;
                state.metrics.token();
                match decoder.push(id) {
                    Ok(Some(piece)) => text.push_str(&piece),
                    Ok(None) => {}
                    Err(e) => {
                        let _ = out.send(Chunk::Failed(format!("detokenizing: {e:#}")));
                        return;
                    }
                }
                if let Some(at) = stop.iter().filter_map(|s| text.find(s.as_str())).min() {
                    text.truncate(at);
                    finish(&text, sent, "stop", tokens);
                    return;
                }
                let mut safe = text.len().saturating_sub(hold);
                while !text.is_char_boundary(safe) {
                    safe -= 1;
                }
                if safe > sent {
                    if out.send(Chunk::Text(text[sent..safe].to_string())).is_err() {
                        return;
                    }
                    sent = safe;
                }
            }
            Update::Done(reason) => {
                if let Some(rest) = decoder.finish() {
                    text.push_str(&rest);
                }
                let reason = match reason {
                    StopReason::MaxTokens => "length",
                    StopReason::Eos | StopReason::Callback => "stop",
                };
                finish(&text, sent, reason, tokens);
                return;
            }
            Update::Failed(e) => {
                let _ = out.send(Chunk::Failed(e));
                return;
            }
        }
    }
}

/// What every response object of one request shares.
struct Shape {
    chat: bool,
    id: String,
    created: u64,
    model: String,
    prompt_tokens: usize,
}

impl Shape {
    fn usage(&self, completion_tokens: usize) -> Value {
        json!({
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": self.prompt_tokens + completion_tokens,
        })
    }

    fn object(&self, kind: &str, choices: Value) -> Value {
        json!({
            "id": self.id,
            "object": kind,
            "created": self.created,
            "model": self.model,
            "choices": choices,
        })
    }

    /// The non-streaming response.
    fn whole(&self, text: &str, finish_reason: &str, completion_tokens: usize) -> Value {
        let mut v = if self.chat {
            self.object(
                "chat.completion",
                json!([{"index": 0, "message": {"role": "assistant", "content": text},
                        "finish_reason": finish_reason, "logprobs": null}]),
            )
        } else {
            self.object(
                "text_completion",
                json!([{"index": 0, "text": text, "finish_reason": finish_reason,
                        "logprobs": null}]),
            )
        };
        v["usage"] = self.usage(completion_tokens);
        v
    }

    /// One streamed chunk: a piece of text, or (with `finish_reason`) the end.
    fn chunk(&self, text: Option<&str>, finish_reason: Option<&str>) -> Value {
        if self.chat {
            let delta = match text {
                Some(t) => json!({"content": t}),
                None if finish_reason.is_none() => json!({"role": "assistant", "content": ""}),
                None => json!({}),
            };
            self.object(
                "chat.completion.chunk",
                json!([{"index": 0, "delta": delta, "finish_reason": finish_reason,
                        "logprobs": null}]),
            )
        } else {
            self.object(
                "text_completion",
                json!([{"index": 0, "text": text.unwrap_or(""), "finish_reason": finish_reason,
                        "logprobs": null}]),
            )
        }
    }
}

/// Server-sent events: a chunk per piece of text, a last chunk with the finish reason, the
/// usage when asked for, then `[DONE]`. Dropping the stream (a client gone) cancels the job.
fn stream_response(
    shape: Shape,
    mut chunks: mpsc::UnboundedReceiver<Chunk>,
    include_usage: bool,
    mut pending: Unfinished,
) -> Response {
    let (tx, rx) = mpsc::channel::<Result<SseEvent, std::convert::Infallible>>(16);
    tokio::spawn(async move {
        let send = |v: Value| SseEvent::default().data(v.to_string());
        if shape.chat && tx.send(Ok(send(shape.chunk(None, None)))).await.is_err() {
            return;
        }
        loop {
            // A client that leaves while no text comes (held back, or special tokens only)
            // must still cancel its job: watch for the body being dropped, not only sends.
            let chunk = tokio::select! {
                chunk = chunks.recv() => chunk,
                _ = tx.closed() => return,
            };
            let Some(chunk) = chunk else {
                pending.ended();
                break;
            };
            let event = match chunk {
                Chunk::Text(t) => send(shape.chunk(Some(&t), None)),
                Chunk::Failed(e) => {
                    pending.ended();
                    send(json!({"error": {"message": e, "type": "server_error",
                                                          "param": null, "code": null}}))
                }
                Chunk::Done {
                    finish_reason,
                    completion_tokens,
                } => {
                    pending.ended();
                    if tx
                        .send(Ok(send(shape.chunk(None, Some(finish_reason)))))
                        .await
                        .is_err()
                    {
                        return;
                    }
                    if include_usage {
                        let mut u = shape.object(
                            if shape.chat {
                                "chat.completion.chunk"
                            } else {
                                "text_completion"
                            },
                            json!([]),
                        );
                        u["usage"] = shape.usage(completion_tokens);
                        if tx.send(Ok(send(u))).await.is_err() {
                            return;
                        }
                    }
                    break;
                }
            };
            if tx.send(Ok(event)).await.is_err() {
                return;
            }
        }
        let _ = tx.send(Ok(SseEvent::default().data("[DONE]"))).await;
    });
    Sse::new(tokio_stream::wrappers::ReceiverStream::new(rx)).into_response()
}
